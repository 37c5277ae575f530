/**
 * A name or note that has no translation in the page's language yet and is shown in English: marked so that
 * screen readers pronounce it as English and set left to right inside right-to-left pages.
 */
export function inEnglishIf(english: boolean, text: string) {
  return english ? (
    <span lang="en" dir="ltr">
      {text}
    </span>
  ) : (
    text
  );
}
