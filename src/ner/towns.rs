//! The town tier: GeoNames places of 5,000+ inhabitants that the city list
//! leaves out (`data/geo/towns.tsv`). A town is tagged only with evidence
//! (see `Tables::town`), so the tier is read on first use, not when the
//! tagger is built: a tagger that never meets such evidence never pays for
//! it.

use super::{EntityKind, Entry};
use crate::data;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

/// Lowercase name or ASCII alias -> rows (`towns.tsv` order: most populous
/// first).
struct Towns {
    rows: Vec<&'static str>,
    by_name: HashMap<Box<str>, Vec<u32>>,
}

static TOWNS: LazyLock<Towns> = LazyLock::new(|| {
    let rows: Vec<&'static str> = data::TOWNS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    let mut by_name: HashMap<Box<str>, Vec<u32>> = HashMap::with_capacity(rows.len() * 3 / 2);
    for (i, row) in rows.iter().enumerate() {
        let mut cols = row.split('\t');
        let name = cols.nth(1).unwrap_or("");
        let aliases = cols.nth(2).unwrap_or("");
        for n in std::iter::once(name).chain(aliases.split('|')) {
            if n.is_empty() {
                continue;
            }
            let ids = by_name
                .entry(n.to_lowercase().into_boxed_str())
                .or_default();
            if !ids.contains(&(i as u32)) {
                ids.push(i as u32);
            }
        }
    }
    Towns { rows, by_name }
});

/// The row of the most populous town named `word` (in `country` when one
/// of that name lies there).
pub(crate) fn find(word: &str, country: Option<&str>) -> Option<u32> {
    let towns = &*TOWNS;
    let ids = towns.by_name.get(word.to_lowercase().as_str())?;
    let in_country = country.and_then(|c| {
        ids.iter()
            .copied()
            .find(|&i| towns.rows[i as usize].split('\t').nth(2) == Some(c))
    });
    in_country.or_else(|| ids.first().copied())
}

/// The canonical entry of town `row`.
pub(crate) fn entry(row: u32) -> Option<Arc<Entry>> {
    let mut cols = TOWNS.rows.get(row as usize)?.split('\t');
    let geonames_id = cols.next()?.parse().ok();
    let name = cols.next()?;
    let country = cols.next()?;
    let population = cols.next()?.parse().ok();
    Some(Arc::new(Entry {
        name: name.into(),
        kind: EntityKind::City,
        country_code: Some(country.into()),
        iso3: None,
        geonames_id,
        population,
        role: None,
    }))
}
