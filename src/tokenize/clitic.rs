//! Splitting clitics off their host, as UD Indonesian "words" do:
//! `bukunya` → `buku` + `nya`, `bacalah` → `baca` + `lah`, `kulihat` → `ku` + `lihat`.
//!
//! A split happens only where what remains is a plausible host word: long
//! enough, not on the list of words whose ending merely looks like a clitic
//! (`tanya`, `punya`, `adalah`, `sekolah`), and — when a lexicon is available
//! — known to it.

/// Words that end in a clitic-like string but are lexicalised wholes:
/// roots (`masalah`, `langkah`), conjunctions (`maupun`, `meskipun`) and
/// adverbs formed with `-nya` that UD keeps whole (`sebelumnya`, `biasanya`).
/// Sorted for binary search.
const NEVER_SPLIT: &[&str] = &[
    "abdullah",
    "adalah",
    "adapun",
    "agaknya",
    "akhirnya",
    "allah",
    "berikutnya",
    "berkah",
    "bermasalah",
    "bersalah",
    "bertanya",
    "biarpun",
    "biasanya",
    "dimanapun",
    "ditanya",
    "hanya",
    "ialah",
    "istilah",
    "jumlah",
    "kendatipun",
    "khususnya",
    "lainnya",
    "langkah",
    "majalah",
    "makanya",
    "masalah",
    "maupun",
    "melangkah",
    "menikah",
    "meskipun",
    "misalnya",
    "nampaknya",
    "naskah",
    "paskah",
    "punya",
    "rumpun",
    "rupanya",
    "sebaliknya",
    "sebelah",
    "sebelumnya",
    "sebenarnya",
    "sebetulnya",
    "sedekah",
    "seharusnya",
    "sejumlah",
    "sekalipun",
    "sekiranya",
    "sekolah",
    "selanjutnya",
    "semestinya",
    "sepenuhnya",
    "sesungguhnya",
    "setelah",
    "setidaknya",
    "seyogyanya",
    "sungguhpun",
    "tampaknya",
    "tanya",
    "telah",
    "tingkah",
    "umumnya",
    "walaupun",
];

/// Hosts after which `-ku`/`-mu` are possessives even without a lexicon:
/// prepositions and a few frequent nouns. Without a lexicon, `buku`,
/// `berlaku` or `ilmu` cannot be told apart from host + clitic.
const KU_MU_HOSTS: &[&str] = &[
    "bagi", "bersama", "dalam", "dengan", "diri", "hati", "kepada", "milik", "nama", "oleh",
    "pada", "rumah", "sama", "untuk",
];

/// The parts of a word after clitic splitting, as byte ranges into the word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parts {
    /// `(start, end, is_clitic)`, in order; at most four parts
    /// (`kau` + host + `nya` + `lah`).
    pub(crate) parts: [(u16, u16, bool); 4],
    pub(crate) len: u8,
}

impl Parts {
    fn push(&mut self, s: usize, e: usize, clitic: bool) {
        self.parts[self.len as usize] = (s as u16, e as u16, clitic);
        self.len += 1;
    }
}

fn lookup(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

fn ends_with_ignore_case(w: &str, suffix: &str) -> bool {
    w.len() > suffix.len()
        && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Splits `word` into host and clitics. `is_word` says whether a candidate
/// host is a known word (a lexicon), or is `None` to fall back on length and
/// the lists above. Returns `None` when nothing is split.
pub(crate) fn split(word: &str, is_word: Option<&dyn Fn(&str) -> bool>) -> Option<Parts> {
    // Only plain ASCII letter words (and reduplications) carry clitics;
    // anything longer than a u16 span is not a word anyway.
    if word.len() < 4
        || word.len() > 64
        || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
    {
        return None;
    }
    // Cheap rejection first: most words end in no clitic.
    let b = word.as_bytes();
    let tail = |k: usize| {
        let mut t = [0u8; 3];
        t[..k].copy_from_slice(&b[b.len() - k..]);
        t.make_ascii_lowercase();
        t
    };
    let suffix = matches!(&tail(3), b"nya" | b"lah" | b"kah" | b"pun")
        || matches!(&tail(2)[..2], b"ku" | b"mu");
    let prefix = is_word.is_some()
        && (b[..2].eq_ignore_ascii_case(b"ku") || b[..3].eq_ignore_ascii_case(b"kau"));
    if !suffix && !prefix {
        return None;
    }
    let mut lower_buf = [0u8; 64];
    let lower = &mut lower_buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    // For a reduplication (`langkah-langkah`) the last half decides.
    let last_half = lower.rsplit('-').next().unwrap_or(lower);
    if lookup(NEVER_SPLIT, lower) || lookup(NEVER_SPLIT, last_half) {
        return None;
    }
    // An acronym host (`NPLnya`, `APBNnya`) has no vowels to check.
    let acronym_end = word.bytes().take_while(u8::is_ascii_uppercase).count();
    if acronym_end >= 2 && acronym_end + 3 == word.len() && lower.ends_with("nya") {
        let mut parts = Parts::default();
        parts.push(0, acronym_end, false);
        parts.push(acronym_end, word.len(), true);
        return Some(parts);
    }
    let host_ok = |h: &str| -> bool {
        let n = h.len();
        if n < 3 || h.ends_with('-') || !h.bytes().any(|b| b"aeiou".contains(&b)) {
            return false;
        }
        match is_word {
            Some(f) => f(h),
            None => true,
        }
    };

    let mut start = 0;
    let mut end = lower.len();
    let mut particle = None;
    for p in ["lah", "kah", "pun"] {
        if ends_with_ignore_case(&lower[..end], p) && host_ok(&lower[..end - 3]) {
            particle = Some(end - 3);
            end -= 3;
            break;
        }
    }
    let mut possessive = None;
    if ends_with_ignore_case(&lower[..end], "nya") && host_ok(&lower[..end - 3]) {
        possessive = Some(end - 3);
        end -= 3;
    } else {
        for p in ["ku", "mu"] {
            if ends_with_ignore_case(&lower[..end], p) {
                let host = &lower[..end - 2];
                let ok = match is_word {
                    Some(_) => host_ok(host),
                    None => lookup(KU_MU_HOSTS, host),
                };
                if ok {
                    possessive = Some(end - 2);
                    end -= 2;
                }
                break;
            }
        }
    }
    let mut proclitic = None;
    if is_word.is_some() {
        // `kaubawa`, `kulihat`: only with a lexicon, since `kuartal`,
        // `kursi`, `kaum` look the same.
        for p in ["kau", "ku"] {
            if lower[..end].starts_with(p)
                && host_ok(&lower[p.len()..end])
                && !host_ok(&lower[..end])
            {
                proclitic = Some(p.len());
                start = p.len();
                break;
            }
        }
    }
    if particle.is_none() && possessive.is_none() && proclitic.is_none() {
        return None;
    }
    let mut parts = Parts::default();
    if let Some(p) = proclitic {
        parts.push(0, p, true);
    }
    parts.push(start, end, false);
    if let Some(p) = possessive {
        let e = particle.unwrap_or(word.len());
        parts.push(p, e, true);
    }
    if let Some(p) = particle {
        parts.push(p, word.len(), true);
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        assert!(NEVER_SPLIT.windows(2).all(|w| w[0] < w[1]));
        assert!(KU_MU_HOSTS.windows(2).all(|w| w[0] < w[1]));
    }
}
