import { LOCALES } from '@interkal/core';
import { UI } from '../i18n/ui.js';

/**
 * The frame's height before the widget reports its own, and the plain iframe snippet's default: enough for a
 * busy month (March 2026 is among the longest) at about 400 px width.
 */
export const FRAME_HEIGHT = { full: 1100, compact: 480 };

/** Widget query parameters an embedding page may pass (data-* on the script, plain attributes on the element). */
export const EMBED_PARAMETERS = [
  'lang',
  'traditions',
  'ids',
  'importance',
  'jewish',
  'islamic-method',
  'crescent-criterion',
  'islamic-country',
  'vesak',
  'sikh-calendar',
  'place',
  'year',
  'month',
  'theme',
  'size',
  'highlight',
  'font',
  'radius',
  'accent',
  'border',
  'weekstart',
] as const;

// The iframe's accessible name in each language, from the widget's own UI text.
const WIDGET_TITLES = Object.fromEntries(LOCALES.map((locale) => [locale, UI[locale].widgetTitle]));

/**
 * /embed.js: runs on the embedding site. `<script src=".../embed.js" data-lang="de" async>` puts the widget's
 * iframe where the script stands (unless the script sits in <head>); it also defines `<interkal-month lang="de">`.
 * The iframe reports its height by postMessage; only messages from the widget's origin and from that very
 * frame resize it. The page may also set --interkal-highlight, --interkal-font and --interkal-radius in CSS on
 * the script's parent or on the element, and --interkal-accent and --interkal-border. It stores nothing and loads nothing but the widget from our origin.
 */
export const EMBED_JS = `(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var KEYS = ${JSON.stringify(EMBED_PARAMETERS)};
  var CSS = { highlight: /^#[0-9a-f]{3}([0-9a-f]{3})?$/i, font: /^[a-z0-9 -]{1,40}$/i, radius: /^\\d{1,2}(px)?$/,
    accent: /^#[0-9a-f]{3}([0-9a-f]{3})?$/i, border: /^[0-4](px)?$/ };
  var TITLES = ${JSON.stringify(WIDGET_TITLES)};

  function frame(host, get) {
    var query = new URLSearchParams();
    var style = getComputedStyle(host);
    KEYS.forEach(function (key) {
      var value = get(key);
      if (value == null && CSS[key]) {
        value = style.getPropertyValue('--interkal-' + key).trim().replace(/^["']|["']$/g, '').replace(/px$/, '');
        if (!CSS[key].test(value)) value = null;
      }
      if (value) query.set(key, value);
    });
    var iframe = document.createElement('iframe');
    iframe.src = origin + '/widget/month' + (String(query) ? '?' + query : '');
    iframe.title = get('title') || TITLES[String(query.get('lang')).slice(0, 2)] || TITLES.de;
    iframe.setAttribute('data-interkal', '');
    iframe.style.cssText = 'display:block;width:100%;border:0;height:' +
      (query.get('size') === 'compact' ? ${FRAME_HEIGHT.compact} : ${FRAME_HEIGHT.full}) + 'px';
    return iframe;
  }

  addEventListener('message', function (e) {
    if (e.origin !== origin || !e.data || e.data.interkal !== 'height') return;
    var height = Number(e.data.height);
    if (!(height > 0 && height < 10000)) return;
    document.querySelectorAll('iframe[data-interkal]').forEach(function (iframe) {
      if (iframe.contentWindow === e.source) iframe.style.height = Math.ceil(height) + 'px';
    });
  });

  if (script.parentNode && script.parentNode !== document.head) {
    script.parentNode.insertBefore(frame(script.parentElement || document.body, function (key) {
      return script.getAttribute('data-' + key);
    }), script.nextSibling);
  }

  if (window.customElements && !customElements.get('interkal-month')) {
    customElements.define('interkal-month', class extends HTMLElement {
      static get observedAttributes() { return KEYS; }
      connectedCallback() { this.render(); }
      attributeChangedCallback() { if (this.isConnected) this.render(); }
      render() {
        var element = this;
        element.style.display = 'block';
        element.replaceChildren(frame(element, function (key) { return element.getAttribute(key); }));
      }
    });
  }
})();
`;
