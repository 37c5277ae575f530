// moment-hijri ships no type declarations; the Umm al-Qura table's generator and test use only its converter.
declare module 'moment-hijri' {
  interface GregorianParts {
    gy: number;
    /** 0-based month, as in moment. */
    gm: number;
    gd: number;
  }
  const momentHijri: {
    iConvert: {
      /** `hm` is 0-based. */
      toGregorian(hy: number, hm: number, hd: number): GregorianParts;
    };
  };
  export default momentHijri;
}
