// Vietnamese names by their shape: a family name of the closed class and syllables (used by name-shape.ts and names.ts).
/**
 * The commonest Vietnamese family names written without diacritics (about nine in ten Vietnamese
 * bear one of them): a closed class, like the forms of address.
 */
const VIETNAMESE_FAMILY = new Set(["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Trinh", "Dinh", "Lam", "Mai", "Truong", "Luong", "Dao", "Doan", "Cao", "Ha", "Quach", "Ta", "Tong", "Chau"]);
/** One Vietnamese syllable without its diacritics (`Thach`, `Oanh`, `Nghia`, `Quynh`): an onset, one to three vowels, a coda. */
const VIETNAMESE_SYLLABLE = /^(?:(?:Ngh|Ng|Nh|Ch|Tr|Th|Ph|Kh|Gh|Gi|Qu|[BCDĐGHK-NPRSTVX])[aeiouy]{1,3}|[AEIOUY][aeiouy]{0,2})(?:ng|nh|ch|[cmnpt])?$/u;

/**
 * A Vietnamese name of three or four syllables opening with a family name (`Hoang Van Thach`, `Ly
 * Thi Kim Oanh`): its middle words may be English words (`Van`, `Kim`), the shape is the evidence.
 */
export function vietnameseName(name: readonly { text: string }[]): boolean {
  return name.length >= 3 && name.length <= 4 && VIETNAMESE_FAMILY.has(name[0]?.text ?? "") && name.every((t) => VIETNAMESE_SYLLABLE.test(t.text));
}
