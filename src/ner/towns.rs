//! The town tier: GeoNames places of 5,000+ inhabitants that the city list
//! leaves out (`data/geo/towns.tsv`). A town is tagged only with evidence
//! (see `Tables::town`), so the tier is read on first use, not when the
//! tagger is built: a tagger that never meets such evidence never pays for
//! it.

use super::{EntityKind, Entry};
use crate::data;
use crate::hash::FxBuild;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

/// Lowercase name or ASCII alias -> its rows (`towns.tsv` order: most
/// populous first), as a chain through `links`, so that a name costs one
/// map entry and no list of its own.
struct Towns {
    rows: Vec<&'static str>,
    /// Name -> its first and last link.
    by_name: HashMap<Box<str>, (u32, u32), FxBuild>,
    /// (row, next link or [`END`]).
    links: Vec<(u32, u32)>,
}

const END: u32 = u32::MAX;

static TOWNS: LazyLock<Towns> = LazyLock::new(|| {
    // Some 60,000 rows and 72,000 names, read in the middle of a caller's
    // text: only the two fields wanted are cut out of a row (a `split`
    // iterator per row cost more than the rest), and a name is lowered into
    // one reused buffer and copied only when it is new.
    let mut rows = Vec::with_capacity(60_000);
    let mut by_name: HashMap<Box<str>, (u32, u32), FxBuild> =
        HashMap::with_capacity_and_hasher(80_000, FxBuild::default());
    let mut links: Vec<(u32, u32)> = Vec::with_capacity(80_000);
    let mut lower = String::new();
    for row in rows_of(data::TOWNS) {
        let i = rows.len() as u32;
        rows.push(row);
        let (name, aliases) = (field(row, 1), field(row, 4));
        for n in std::iter::once(name).chain(aliases.split('|')) {
            if n.is_empty() {
                continue;
            }
            lower.clear();
            if n.is_ascii() {
                lower.push_str(n);
                lower.make_ascii_lowercase();
            } else {
                lower.push_str(&n.to_lowercase());
            }
            let at = links.len() as u32;
            match by_name.get_mut(lower.as_str()) {
                // Rows come in order: a repeat of this row is the last link.
                Some((_, last)) if links[*last as usize].0 == i => {}
                Some((_, last)) => {
                    links[*last as usize].1 = at;
                    *last = at;
                    links.push((i, END));
                }
                None => {
                    by_name.insert(lower.as_str().into(), (at, at));
                    links.push((i, END));
                }
            }
        }
    }
    Towns {
        rows,
        by_name,
        links,
    }
});

/// The data rows of a TSV text (no comments, no blank lines).
fn rows_of(tsv: &str) -> impl Iterator<Item = &str> {
    tsv.lines().filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// Field `n` of a TSV row (empty when the row is shorter).
fn field(row: &str, n: usize) -> &str {
    let b = row.as_bytes();
    let mut start = 0;
    for _ in 0..n {
        match b[start..].iter().position(|&c| c == b'\t') {
            Some(p) => start += p + 1,
            None => return "",
        }
    }
    let end = b[start..]
        .iter()
        .position(|&c| c == b'\t')
        .map_or(b.len(), |p| start + p);
    &row[start..end]
}

/// The row of the most populous town named `word` (in `country` when one
/// of that name lies there).
pub(crate) fn find(word: &str, country: Option<&str>) -> Option<u32> {
    let towns = &*TOWNS;
    let &(first, _) = towns.by_name.get(word.to_lowercase().as_str())?;
    let mut rows = std::iter::successors(towns.links.get(first as usize), |&&(_, next)| {
        towns.links.get(next as usize)
    })
    .map(|&(row, _)| row);
    let most_populous = towns.links.get(first as usize).map(|&(row, _)| row);
    let in_country = country.and_then(|c| rows.find(|&i| field(towns.rows[i as usize], 2) == c));
    in_country.or(most_populous)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows named `name` (name or alias, ignoring case), by a scan.
    fn scan(name: &str) -> Vec<u32> {
        let name = name.to_lowercase();
        rows_of(data::TOWNS)
            .enumerate()
            .filter(|(_, row)| {
                std::iter::once(field(row, 1))
                    .chain(field(row, 4).split('|'))
                    .any(|n| n.to_lowercase() == name)
            })
            .map(|(i, _)| i as u32)
            .collect()
    }

    #[test]
    fn the_index_agrees_with_a_scan() {
        let rows: Vec<&str> = rows_of(data::TOWNS).collect();
        assert!(rows.len() > 50_000);
        // Every 2,999th town, and names several towns share.
        let names = rows
            .iter()
            .step_by(2999)
            .map(|r| field(r, 1))
            .chain(["San Carlos", "Santa Bárbara"]);
        for name in names {
            let all = scan(name);
            assert_eq!(find(name, None), all.first().copied(), "{name}");
            for &row in &all {
                // The first of that country's rows, the most populous.
                let country = field(rows[row as usize], 2);
                let first = all
                    .iter()
                    .copied()
                    .find(|&i| field(rows[i as usize], 2) == country);
                assert_eq!(find(name, Some(country)), first, "{name} in {country}");
            }
        }
        assert!(scan("San Carlos").len() >= 3, "a name shared by towns");
        assert_eq!(find("Xqzwv", None), None);
    }

    #[test]
    fn fields_of_short_rows_are_empty() {
        assert_eq!(field("1\tA", 1), "A");
        assert_eq!(field("1\tA", 3), "");
        assert_eq!(field("", 0), "");
    }
}
