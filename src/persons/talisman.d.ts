/** Types for the parts of talisman casebook uses (the package ships none). */
declare module "talisman/metrics/minhash.js" {
  export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number;
}
declare module "talisman/metrics/jaro-winkler.js" {
  export function similarity(a: string, b: string): number;
}
declare module "talisman/phonetics/daitch-mokotoff.js" {
  export default function daitchMokotoff(name: string): string[];
}
