//! The `tantivy` feature against a real tantivy index in RAM: derived forms,
//! stopwords, entity spellings, phrases, snippets, and a retrieval check
//! against tantivy's default analyzer.
#![cfg(feature = "tantivy")]

use indonlp::tantivy::{EntitySynonymFilter, IndonesianTokenizer, StemFilter, StopWordFilter};
use proptest::prelude::*;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    LowerCaser, SimpleTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer,
};
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

/// The tokens a tokenizer makes of `text`.
fn tokens(tokenizer: &mut impl Tokenizer, text: &str) -> Vec<Token> {
    let mut stream = tokenizer.token_stream(text);
    let mut out = Vec::new();
    while let Some(t) = stream.next() {
        out.push(t.clone());
    }
    out
}

/// tantivy-jieba's helper: one token's position, text and byte offsets.
fn assert_token(token: &Token, position: usize, text: &str, from: usize, to: usize) {
    assert_eq!(
        (
            token.position,
            token.text.as_str(),
            token.offset_from,
            token.offset_to
        ),
        (position, text, from, to),
        "token {token:?}"
    );
}

/// A RAM index of `docs` with two text fields over the same text: `body`
/// analysed by indonlp (registered as "indonesian"), `plain` by tantivy's
/// default analyzer. Each document stores its number in `id`.
struct Corpus {
    index: Index,
    id: Field,
    body: Field,
    plain: Field,
}

impl Corpus {
    fn new(docs: &[&str]) -> Corpus {
        let mut schema = Schema::builder();
        let text = |tokenizer: &str| {
            TextOptions::default().set_stored().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let id = schema.add_u64_field("id", NumericOptions::default().set_stored());
        let body = schema.add_text_field("body", text("indonesian"));
        let plain = schema.add_text_field("plain", text("default"));
        let index = Index::create_in_ram(schema.build());
        index
            .tokenizers()
            .register("indonesian", IndonesianTokenizer::new());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (i, d) in docs.iter().enumerate() {
            writer
                .add_document(doc!(id => i as u64, body => *d, plain => *d))
                .unwrap();
        }
        writer.commit().unwrap();
        Corpus {
            index,
            id,
            body,
            plain,
        }
    }

    /// Numbers of the top `limit` documents for `query` on `field`, best first.
    fn search_field(&self, field: Field, query: &str, limit: usize) -> Vec<u64> {
        let searcher = self.index.reader().unwrap().searcher();
        let query = QueryParser::for_index(&self.index, vec![field])
            .parse_query(query)
            .unwrap();
        let hits = searcher
            .search(&query, &TopDocs::with_limit(limit).order_by_score())
            .unwrap();
        hits.into_iter()
            .map(|(_, address)| {
                let doc: TantivyDocument = searcher.doc(address).unwrap();
                doc.get_first(self.id).unwrap().as_u64().unwrap()
            })
            .collect()
    }

    /// Numbers of every document the Indonesian field matches, sorted.
    fn search(&self, query: &str) -> Vec<u64> {
        let mut ids = self.search_field(self.body, query, 100);
        ids.sort();
        ids
    }
}

#[test]
fn tokens_have_positions_and_byte_offsets() {
    let text = "“Pembangunan” jalan di Korea Utara diperbaiki, kata Menlu.";
    let t = tokens(&mut IndonesianTokenizer::new(), text);
    assert_eq!(t.len(), 5, "{t:?}");
    // the curly quote is 3 bytes: offsets are bytes, not chars
    assert_token(&t[0], 0, "bangun", 3, 14);
    assert_token(&t[1], 1, "jalan", 18, 23);
    // position 2 was the stopword `di`; the two-word name takes position 3
    assert_token(&t[2], 3, "=country:kp", 27, 38);
    assert_token(&t[3], 4, "baik", 39, 49);
    // `kata` (position 5) is a stopword
    assert_token(&t[4], 6, "menlu", 56, 61);
    for token in &t {
        assert!(text.is_char_boundary(token.offset_from) && text.is_char_boundary(token.offset_to));
    }
}

#[test]
fn builder_switches_steps_off() {
    let text = "Pembangunan di Korea Utara";
    let mut plain = IndonesianTokenizer::builder()
        .remove_stopwords(false)
        .stem(false)
        .entity_synonyms(false)
        .build();
    let t = tokens(&mut plain, text);
    let words: Vec<_> = t.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(words, ["pembangunan", "di", "korea", "utara"]);
    assert_token(&t[3], 3, "utara", 21, 26);

    let mut cased = IndonesianTokenizer::builder()
        .lowercase(false)
        .entity_synonyms(false)
        .build();
    let words: Vec<_> = tokens(&mut cased, text)
        .into_iter()
        .map(|t| t.text)
        .collect();
    // the stemmer leaves capitalised words alone
    assert_eq!(words, ["Pembangunan", "Korea", "Utara"]);
}

#[test]
fn filters_compose_with_tantivys_own_chain() {
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(StopWordFilter::new())
        .filter(StemFilter::new())
        .filter(EntitySynonymFilter::new())
        .build();
    let text = "Warga Korea Utara menyaksikan pembangunan itu";
    let mut stream = analyzer.token_stream(text);
    let mut t = Vec::new();
    while let Some(token) = stream.next() {
        t.push(token.clone());
    }
    assert_eq!(t.len(), 4, "{t:?}");
    assert_token(&t[0], 0, "warga", 0, 5);
    assert_token(&t[1], 1, "=country:kp", 6, 17);
    assert_token(&t[2], 2, "saksi", 18, 29);
    assert_token(&t[3], 3, "bangun", 30, 41);
}

#[test]
fn root_finds_derived_forms() {
    let c = Corpus::new(&[
        "Pembangunan bendungan itu molor dua tahun.",
        "Gedung sekolah yang baru dibangun roboh diterjang angin.",
        "Warga membangun tanggul darurat dari karung pasir.",
        "Harga bawang merah turun di pasar induk.",
    ]);
    assert_eq!(c.search("bangun"), [0, 1, 2]);
    assert_eq!(c.search("pembangunan"), [0, 1, 2]);
    // tantivy's default analyzer matches only the exact form
    assert!(c.search_field(c.plain, "bangun", 10).is_empty());
}

#[test]
fn stopwords_do_not_match() {
    let c = Corpus::new(&[
        "Rapat yang digelar di balai kota berlangsung tertib.",
        "Mereka akan kembali ke desa setelah banjir surut.",
    ]);
    for stopword in ["yang", "di", "akan", "ke", "setelah", "mereka"] {
        assert_eq!(c.search(stopword), Vec::<u64>::new(), "{stopword}");
        // the words are in the text: the default analyzer finds them
        assert!(
            !c.search_field(c.plain, stopword, 10).is_empty(),
            "{stopword}"
        );
    }
    assert_eq!(c.search("banjir"), [1]);
}

#[test]
fn spellings_of_one_entity_find_each_other() {
    let c = Corpus::new(&[
        "Delegasi Korea Utara menghadiri forum keamanan regional.",
        "Sanctions on North Korea were discussed at the summit.",
        "Korut kembali menguji coba rudal jarak pendek.",
        "Korea Selatan menggelar latihan militer gabungan.",
        "Pertemuan kedua menteri berlangsung di Moskwa.",
        "Wali kota Moscow meresmikan jalur metro baru.",
        "Harga tiket kereta dari Moskow ke Kazan naik.",
    ]);
    assert_eq!(c.search("Korut"), [0, 1, 2]);
    assert_eq!(c.search("\"Korea Utara\""), [0, 1, 2]);
    assert_eq!(c.search("\"North Korea\""), [0, 1, 2]);
    assert_eq!(c.search("\"Korea Selatan\""), [3]);
    assert_eq!(c.search("Moskwa"), [4, 5, 6]);
    assert_eq!(c.search("Moscow"), [4, 5, 6]);
    // the default analyzer matches the spelling only
    assert_eq!(c.search_field(c.plain, "Korut", 10), [2]);
    assert_eq!(c.search_field(c.plain, "Moskwa", 10), [4]);
}

#[test]
fn phrase_queries_follow_positions() {
    let c = Corpus::new(&[
        "Harga beras naik tajam pekan ini.",
        "Beras murah, tetapi harga gula melonjak.",
        "Warga Korea Utara menyeberang ke perbatasan.",
        "Korea Utara mengirim warga ke perbatasan.",
        "Pembangunan jalan di Jakarta tertunda.",
        "Pembangunan Jakarta tertunda.",
    ]);
    assert_eq!(c.search("\"harga beras\""), [0]);
    assert_eq!(c.search("harga beras"), [0, 1]);
    // a phrase matches across spellings of a name: the name is one position
    assert_eq!(c.search("\"warga Korut\""), [2]);
    assert_eq!(c.search("\"Korut mengirim warga\""), [3]);
    // a stopword leaves a gap that the phrase keeps
    assert_eq!(c.search("\"jalan di Jakarta\""), [4]);
    assert_eq!(c.search("\"membangun Jakarta\""), [5]);
}

#[test]
fn snippets_highlight_the_right_bytes() {
    let text = "“Pembangunan” stasiun baru di Moskwa — kata pejabat — dibangun cepat.";
    let c = Corpus::new(&[text, "Harga cabai turun."]);
    let searcher = c.index.reader().unwrap().searcher();
    let query = QueryParser::for_index(&c.index, vec![c.body])
        .parse_query("bangun Moscow")
        .unwrap();
    let generator = SnippetGenerator::create(&searcher, &*query, c.body).unwrap();
    let snippet = generator.snippet(text);
    let highlighted: Vec<&str> = snippet
        .highlighted()
        .iter()
        .map(|r| &snippet.fragment()[r.clone()])
        .collect();
    assert_eq!(highlighted, ["Pembangunan", "Moskwa", "dibangun"]);
    assert!(snippet.to_html().contains("<b>Moskwa</b>"));
}

#[test]
fn tokenizer_is_send_sync_and_clone() {
    fn shared<T: Send + Sync + Clone + 'static>() {}
    shared::<IndonesianTokenizer>();
    // clones share the data and analyse alike
    let a = IndonesianTokenizer::new();
    let mut b = a.clone();
    let mut a = a;
    let text = "Menlu Rusia bertemu Menlu Tiongkok di Beijing";
    assert_eq!(tokens(&mut a, text), tokens(&mut b, text));
}

/// Positions strictly increase; offsets are in bounds, on char boundaries
/// and non-empty; no token is empty.
fn check_well_formed(analyzer: &mut IndonesianTokenizer, text: &str) {
    let t = tokens(analyzer, text);
    for w in t.windows(2) {
        assert!(w[0].position < w[1].position, "{text:?}: {t:?}");
    }
    for token in &t {
        assert!(!token.text.is_empty(), "{text:?}: {t:?}");
        assert!(token.offset_from < token.offset_to && token.offset_to <= text.len());
        assert!(text.is_char_boundary(token.offset_from) && text.is_char_boundary(token.offset_to));
    }
}

#[test]
fn awkward_text_gives_well_formed_tokens() {
    let mut analyzer = IndonesianTokenizer::new();
    for text in [
        "",
        "   ",
        "...!!!",
        "👍🏽 Korut!!! #PemiluDamai @jokowi https://contoh.id/a?b=1 Rp10.000",
        "Korea Utara Korea Utara Korea Utara",
        "a\u{301}a\u{301} KOREA UTARA korea utara",
    ] {
        check_well_formed(&mut analyzer, text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_gives_well_formed_tokens(text in any::<String>()) {
        check_well_formed(&mut IndonesianTokenizer::new(), &text);
    }

    #[test]
    fn names_and_words_give_well_formed_tokens(
        words in proptest::collection::vec(
            "(Korea|Utara|Korut|North|Moskwa|Vladimir|Putin|di|yang|pembangunan|Jakarta|Presiden|,|\\.|—|“|”|-|'|[a-zA-Zé]{1,6})",
            0..24,
        ),
        separators in proptest::collection::vec("( |  |\n|)", 24),
    ) {
        let text: String = words.iter().zip(&separators).map(|(w, s)| format!("{w}{s}")).collect();
        check_well_formed(&mut IndonesianTokenizer::new(), &text);
    }
}

/// Query/document pairs written for this test: the relevant document uses
/// another inflection of the query's root, or another spelling or language
/// of the query's name. Multi-word names are quoted, as a user would.
const PAIRS: &[(&str, &str)] = &[
    (
        "bangun",
        "Pemerintah daerah mempercepat pembangunan bendungan di hulu sungai.",
    ),
    (
        "tulis",
        "Novel yang ditulisnya meraih penghargaan sastra bergengsi.",
    ),
    (
        "baca",
        "Minat membaca anak-anak meningkat setelah perpustakaan keliling beroperasi.",
    ),
    (
        "ajar",
        "Para pelajar mengikuti ujian susulan di aula sekolah.",
    ),
    (
        "periksa",
        "Polisi memeriksa tiga saksi terkait kebakaran gudang.",
    ),
    (
        "tangkap",
        "Petugas menangkap pelaku pencurian sepeda motor di pasar.",
    ),
    (
        "jual",
        "Penjualan mobil listrik melonjak pada kuartal ketiga.",
    ),
    ("beli", "Daya pembelian masyarakat melemah akibat inflasi."),
    (
        "tanam",
        "Petani mulai menanam padi setelah hujan pertama turun.",
    ),
    (
        "panen",
        "Hasil panennya tahun ini lebih sedikit karena kemarau.",
    ),
    (
        "kirim",
        "Bantuan logistik dikirimkan ke desa yang terisolasi banjir.",
    ),
    (
        "terbang",
        "Penerbangan ke Denpasar ditunda karena abu vulkanik.",
    ),
    (
        "didik",
        "Anggaran pendidikan bertambah dalam rancangan APBN.",
    ),
    (
        "sehat",
        "Fasilitas kesehatan di pedalaman masih kekurangan dokter.",
    ),
    (
        "bayar",
        "Warga mengeluhkan keterlambatan pembayaran bantuan sosial.",
    ),
    (
        "pilih",
        "Pemilihan kepala desa berlangsung tertib dan damai.",
    ),
    ("rusak", "Gempa merusak ratusan rumah di pesisir selatan."),
    (
        "selidik",
        "Kejaksaan menyelidiki dugaan korupsi proyek irigasi.",
    ),
    (
        "temu",
        "Tim arkeolog menemukan fosil purba di lereng bukit.",
    ),
    (
        "hilang",
        "Seorang pendaki dilaporkan menghilang di jalur pendakian.",
    ),
    (
        "ubah",
        "Perubahan iklim mengancam produksi kopi dataran tinggi.",
    ),
    (
        "kembang",
        "Perkembangan teknologi digital menggeser cara belanja konsumen.",
    ),
    (
        "latih",
        "Ribuan relawan mengikuti pelatihan penanggulangan bencana.",
    ),
    (
        "lindung",
        "Satwa langka dilindungi undang-undang konservasi.",
    ),
    (
        "dagang",
        "Para pedagang pasar tradisional menolak relokasi.",
    ),
    ("usaha", "Pengusaha kecil mendapat kredit berbunga rendah."),
    ("kerja", "Pekerja pabrik tekstil menuntut kenaikan upah."),
    (
        "tani",
        "Petani garam kesulitan memasarkan hasil produksinya.",
    ),
    ("ikan", "Perikanan tangkap menyumbang devisa yang besar."),
    ("minum", "Warga kesulitan mendapatkan air untuk diminum."),
    (
        "masak",
        "Harga minyak goreng untuk memasak kembali melonjak.",
    ),
    ("main", "Pemain tim nasional berlatih di stadion utama."),
    (
        "tonton",
        "Jumlah penonton konser melampaui kapasitas stadion.",
    ),
    ("dengar", "Sidang mendengarkan keterangan ahli forensik."),
    (
        "tanya",
        "Wartawan mempertanyakan transparansi anggaran daerah.",
    ),
    ("jawab", "Menteri menjawab kritik soal impor beras."),
    (
        "sampai",
        "Gubernur menyampaikan duka cita kepada keluarga korban.",
    ),
    ("bantu", "Bantuan beras disalurkan kepada warga terdampak."),
    ("obat", "Pengobatan gratis digelar di balai desa."),
    ("rawat", "Korban luka masih dirawat di rumah sakit daerah."),
    ("ekspor", "Nilai ekspornya anjlok tajam tahun lalu."),
    (
        "listrik",
        "Kelistrikan di Sulawesi kembali normal setelah gangguan.",
    ),
    ("aman", "Keamanan bandara diperketat menjelang mudik."),
    (
        "damai",
        "Perundingan perdamaian kedua pihak menemui jalan buntu.",
    ),
    ("runding", "Kedua negara berunding soal batas wilayah laut."),
    ("serang", "Serangan siber melumpuhkan layanan bank daerah."),
    ("tembak", "Polisi menembakkan gas air mata ke arah massa."),
    ("tolak", "Buruh menolak rancangan aturan pengupahan."),
    (
        "setuju",
        "Dewan menyetujui rancangan undang-undang perampasan aset.",
    ),
    (
        "keringanan",
        "Nasabah meminta bank meringankan cicilan kredit.",
    ),
    (
        "penanganan",
        "Pemerintah menangani ribuan pengungsi di perbatasan.",
    ),
    (
        "pertanian",
        "Ribuan petani sawit berunjuk rasa di depan kantor gubernur.",
    ),
    (
        "Korut",
        "Delegasi Korea Utara menghadiri forum keamanan regional.",
    ),
    (
        "Moskwa",
        "Pertemuan puncak di Moscow berakhir tanpa pernyataan bersama.",
    ),
    ("Moscow", "Wali kota Moskow meresmikan jalur metro baru."),
    ("AS", "Amerika Serikat menaikkan tarif impor baja."),
    (
        "Tiongkok",
        "China membuka kembali perbatasan untuk wisatawan.",
    ),
    ("RRT", "Investasi Tiongkok di sektor nikel terus bertambah."),
    (
        "SBY",
        "Susilo Bambang Yudhoyono menghadiri peluncuran buku.",
    ),
    (
        "\"Gus Dur\"",
        "Haul Abdurrahman Wahid dihadiri ribuan santri.",
    ),
    (
        "Ahok",
        "Basuki Tjahaja Purnama mengkritik pengelolaan sampah kota.",
    ),
    (
        "\"Bung Karno\"",
        "Rumah pengasingan Soekarno dipugar pemerintah daerah.",
    ),
    (
        "Kairo",
        "Gencatan senjata dibahas dalam pertemuan di Cairo.",
    ),
    ("Peking", "Maskapai menambah rute langsung ke Beijing."),
    (
        "Kiev",
        "Serangan drone menghantam pembangkit listrik di Kyiv.",
    ),
    ("Mekah", "Jemaah haji mulai bergerak menuju Makkah."),
    ("Inggris", "Britania Raya memperketat aturan visa pelajar."),
    (
        "Jerusalem",
        "Ketegangan meningkat di Yerusalem menjelang hari raya.",
    ),
    (
        "Singapore",
        "Singapura mencatat pertumbuhan ekonomi tiga persen.",
    ),
    (
        "Korsel",
        "Korea Selatan menggelar latihan militer gabungan.",
    ),
];

/// Documents about the same topics that answer no query: without them a
/// top 10 over a few dozen short documents would be too easy.
const DISTRACTORS: &[&str] = &[
    "Harga beras di pasar tradisional stabil pekan ini.",
    "Stadion baru itu mampu menampung empat puluh ribu orang.",
    "Rapat dewan ditunda hingga pekan depan.",
    "Sekolah di daerah terpencil kekurangan guru.",
    "Gempa berkekuatan lima skala Richter mengguncang pesisir barat.",
    "Menteri keuangan mengumumkan defisit anggaran menyempit.",
    "Perbatasan kedua negara dijaga ketat aparat.",
    "Jalur metro baru itu melayani ribuan penumpang setiap hari.",
    "Kredit macet perbankan naik tipis pada bulan lalu.",
    "Latihan militer itu melibatkan kapal perang dan pesawat tempur.",
    "Hujan deras membuat jalan utama tergenang.",
    "Buku sejarah itu diluncurkan di perpustakaan nasional.",
    "Ribuan santri mengikuti pengajian akbar di alun-alun.",
    "Tarif listrik rumah tangga tidak berubah tahun depan.",
    "Produksi kopi dataran tinggi Gayo meningkat.",
    "Rumah sakit daerah menambah ruang perawatan intensif.",
    "Aparat membubarkan massa yang memblokade jalan tol.",
    "Pertumbuhan ekonomi kuartal kedua melambat.",
    "Visa pelajar kini bisa diajukan secara daring.",
    "Jemaah umrah diimbau menjaga kesehatan selama perjalanan.",
];

#[test]
fn recall_at_10_beats_the_default_analyzer() {
    assert!(PAIRS.len() >= 50);
    let docs: Vec<&str> = PAIRS
        .iter()
        .map(|(_, d)| *d)
        .chain(DISTRACTORS.iter().copied())
        .collect();
    let c = Corpus::new(&docs);
    let recall = |field: Field| {
        let found = PAIRS
            .iter()
            .enumerate()
            .filter(|(i, (query, _))| c.search_field(field, query, 10).contains(&(*i as u64)))
            .count();
        found as f64 / PAIRS.len() as f64
    };
    let ours = recall(c.body);
    let default = recall(c.plain);
    let misses: Vec<&str> = PAIRS
        .iter()
        .enumerate()
        .filter(|(i, (query, _))| !c.search_field(c.body, query, 10).contains(&(*i as u64)))
        .map(|(_, (query, _))| *query)
        .collect();
    println!(
        "recall@10 over {} query/document pairs ({} documents): indonlp {:.3}, tantivy default {:.3}",
        PAIRS.len(),
        docs.len(),
        ours,
        default
    );
    println!("indonlp misses: {misses:?}");
    assert!(ours > default, "indonlp {ours} vs default {default}");
    // measured 0.943 (66 of 70): the misses are `tanya`, `jawab`, `sampai` (stopwords
    // in the embedded list) and `Singapore` (a city in the gazetteer, while
    // `Singapura` is the country); a drop below this is a regression
    assert!(ours >= 0.9, "indonlp recall@10 {ours}");
}
