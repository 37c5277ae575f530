/**
 * The widget page's only script, served as /widget/widget.js so the page's CSP needs no inline script.
 * It adds what HTML alone cannot: the WAI-ARIA date-grid keys (roving tabindex; arrows, Home/End,
 * PageUp/PageDown), the details panel for the hovered, focused or chosen day, and the page height for
 * embed.js. Without it the grid still shows the month and the panel lists every holiday of the month.
 */
export const WIDGET_JS = `(function () {
  var d = document, root = d.documentElement;
  var grid = d.querySelector('[role=grid]');
  if (!grid) return;
  root.classList.add('js');
  var compact = root.classList.contains('compact');
  var rtl = root.dir === 'rtl';
  var cells = Array.prototype.slice.call(grid.querySelectorAll('td[data-date]'));
  var title = d.getElementById('details-title');
  var items = Array.prototype.slice.call(d.querySelectorAll('#details li[data-from]'));
  var notes = Array.prototype.slice.call(d.querySelectorAll('#details .fn'));
  var none = d.querySelector('#details .none');
  var noneInMonth = none.textContent;
  var chosen = null;

  function show(cell) {
    var date = cell ? cell.getAttribute('data-date') : null;
    var count = 0;
    items.forEach(function (li) {
      var on = date ? li.getAttribute('data-from') <= date && date <= li.getAttribute('data-to') : !compact;
      li.hidden = !on;
      if (on) count++;
    });
    notes.forEach(function (note) {
      note.hidden = !items.some(function (li) {
        return !li.hidden && li.querySelector('[data-notes~="' + note.getAttribute('data-note') + '"]');
      });
    });
    title.textContent = cell ? cell.getAttribute('data-label') : title.getAttribute('data-month');
    none.textContent = date ? none.getAttribute('data-day') : noneInMonth;
    none.hidden = count > 0 || (!date && compact);
    resize();
  }
  function choose(cell) {
    if (chosen) chosen.removeAttribute('aria-selected');
    chosen = cell;
    if (cell) cell.setAttribute('aria-selected', 'true');
    show(cell);
  }
  function focus(cell) {
    cells.forEach(function (c) { c.tabIndex = c === cell ? 0 : -1; });
    cell.focus();
  }
  function follow(rel) {
    var link = d.querySelector('a[rel=' + rel + ']');
    if (link) location.href = link.href;
  }

  grid.addEventListener('keydown', function (e) {
    var i = cells.indexOf(e.target);
    if (i < 0) return;
    var column = e.target.cellIndex;
    var moves = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 7, ArrowUp: -7,
      Home: -column, End: 6 - column };
    if (e.key in moves) {
      var target = cells[Math.max(0, Math.min(cells.length - 1, i + moves[e.key]))];
      focus(target);
    } else if (e.key === 'Enter' || e.key === ' ') {
      choose(e.target);
    } else if (e.key === 'Escape') {
      choose(null);
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      follow(e.key === 'PageUp' ? 'prev' : 'next');
    } else {
      return;
    }
    e.preventDefault();
  });
  grid.addEventListener('click', function (e) {
    var cell = e.target.closest('td[data-date]');
    if (cell) { focus(cell); choose(cell); }
  });
  grid.addEventListener('focusin', function (e) {
    if (e.target.hasAttribute('data-date')) show(e.target);
  });
  grid.addEventListener('mouseover', function (e) {
    var cell = e.target.closest('td[data-date]');
    if (cell) show(cell);
  });

  var last = 0;
  function resize() {
    var height = Math.ceil(d.body.getBoundingClientRect().height);
    if (height === last || parent === window) return;
    last = height;
    // Only a height goes out; embed.js checks that it comes from this origin and this frame.
    parent.postMessage({ interkal: 'height', height: height }, '*');
  }
  // Today in the reader's own time zone (the server marks it for Europe/Berlin).
  var now = new Date();
  var local = now.getFullYear() + '-' + ('0' + (now.getMonth() + 1)).slice(-2) + '-' + ('0' + now.getDate()).slice(-2);
  var marked = grid.querySelector('td.today');
  if (!marked || marked.getAttribute('data-date') !== local) {
    if (marked) { marked.classList.remove('today'); marked.removeAttribute('aria-current'); }
    cells.forEach(function (c) {
      if (c.getAttribute('data-date') === local) { c.classList.add('today'); c.setAttribute('aria-current', 'date'); }
    });
  }
  if (compact) show(null);
  if (window.ResizeObserver) new ResizeObserver(resize).observe(d.body);
  addEventListener('load', resize);
  resize();
})();
`;
