//! A deterministic generator of Indonesian news-style text for benchmarks.
//!
//! The sentences are written for this project; the generator recombines
//! their parts with a fixed pseudo-random sequence so every run measures
//! the same bytes.

const SUBJECTS: &[&str] = &[
    "Presiden Joko Widodo",
    "Menteri Keuangan Sri Mulyani",
    "Gubernur Jawa Barat",
    "Wali Kota Surabaya",
    "Kepala Badan Pusat Statistik",
    "Juru bicara kepolisian",
    "Para pedagang di Pasar Senen",
    "Anak-anak sekolah dasar",
    "Warga Kota Bandung",
    "Perusahaan rintisan asal Yogyakarta",
    "Bank Indonesia",
    "Tim nasional sepak bola",
    "Menlu Rusia Sergei Lavrov",
    "Pemimpin Korea Utara Kim Jong-un",
    "Duta Besar Jepang",
    "Ketua DPR",
    "Para petani di Lombok",
    "Prof. Dr. Siti Rahayu, S.H.,",
];

const VERBS: &[&str] = &[
    "mengatakan bahwa",
    "menegaskan bahwa",
    "memperkirakan",
    "mengumumkan bahwa",
    "melaporkan bahwa",
    "menjelaskan kepada wartawan bahwa",
    "menyampaikan bahwa",
    "berharap",
    "mengingatkan bahwa",
    "menyebutkan bahwa",
];

const CLAUSES: &[&str] = &[
    "harga beras naik 3,5 persen menjadi Rp12.500 per kilogram",
    "pertumbuhan ekonomi kuartal II/2024 mencapai 5,05 persen",
    "sebanyak 1.250.000 penumpang mudik menggunakan kereta api",
    "pertemuan akan digelar pada Senin (13/7) pukul 09.30 WIB di Jakarta",
    "kebijakan tersebut berlaku mulai 1/8/2024 bagi seluruh pegawai negeri",
    "informasi lengkap dapat dilihat di https://contoh.go.id/berita?id=42",
    "pengaduan dapat dikirim ke redaksi@kabar-nusantara.co.id",
    "program beasiswa dibuka untuk mahasiswa S1, S2, dll.",
    "rumah-rumah warga di bantaran sungai terendam banjir setinggi 50 cm",
    "pasukan Rusia dan Korut dikabarkan bergerak ke wilayah Kursk",
    "anggaran pendidikan tahun 2025–2029 akan dinaikkan secara bertahap",
    "warganet ramai membahas tagar #PemiluDamai di media sosial 👍",
    "“kami tidak akan menyerah tanpa syarat”, katanya dengan tegas",
    "impor non-migas turun menjadi US$18,2 miliar pada Januari-September",
    "para nelayan berbondong-bondong kembali melaut setelah cuaca membaik",
    "menurutnya, kerja sama dengan KONTAN.CO.ID sudah berjalan sejak 2019-2024",
    "sekolahnya akan direnovasi dengan dana sekitar Rp 5 juta per kelas",
    "bukunya laris terjual hingga 10.000 eksemplar dalam sebulan",
    "@kemenkeu menanggapi keluhan tersebut melalui akun resminya",
    "suhu udara di Bandung mencapai 30°C pada siang hari",
];

const ENDINGS: &[&str] = &[
    ".",
    ".",
    ".",
    "!",
    "?",
    ", kata dia.",
    ", ujarnya.",
    " (Ant).",
];

/// Roughly `target` bytes of text: sentences joined into paragraphs.
pub fn news_text(target: usize) -> String {
    let mut out = String::with_capacity(target + 256);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut in_paragraph = 0;
    while out.len() < target {
        out.push_str(SUBJECTS[next(SUBJECTS.len())]);
        out.push(' ');
        out.push_str(VERBS[next(VERBS.len())]);
        out.push(' ');
        out.push_str(CLAUSES[next(CLAUSES.len())]);
        let ending = ENDINGS[next(ENDINGS.len())];
        if out.ends_with('.') && ending.starts_with('.') {
            out.push_str(&ending[1..]);
        } else {
            out.push_str(ending);
        }
        in_paragraph += 1;
        if in_paragraph == 5 {
            out.push('\n');
            in_paragraph = 0;
        } else {
            out.push(' ');
        }
    }
    out
}
