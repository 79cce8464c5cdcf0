/*
 * 滞納整理: Camunda Forms (form-js) in Tasklist in Japanese, and the case link beside the form.
 *
 * form-js writes its validation messages ("Field is required.") and a few labels ("Select", "Add new") in
 * English, with no locale to switch; Tasklist's locale file does not reach them. This script translates them
 * where they appear. The server checks every form again and refuses in Japanese (FormSchema, TaskInputs), so a
 * message missed here is never the last word.
 *
 * The link to the case view (/cases/…) opens in a new tab: opening it in place replaced the form, and Back lost
 * what had been typed.
 *
 * Under a date or amount field the server's reading of what is typed appears as it is typed: 「→ 令和8年12月20日(日)」
 * under 2026/12/20, 「→ 120,000円」 under 12万, or the Japanese refusal the form would get on 完了 (GET /forms/preview,
 * the same parser that checks the completed form). Such fields are known by their description's examples
 * (JapaneseDateInput.EXAMPLES' 「令和8年12月20日」, YenInput's 「円単位」; FormInputMarkersTest keeps every field so).
 *
 * Loaded by scripts/config.js (customScripts).
 */
const MESSAGES = [
  [/^Field is required\.?$/, () => '入力してください。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `${m[1]}以上の値を入力してください。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `${m[1]}以下の値を入力してください。`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `${m[1]}文字以上で入力してください。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `${m[1]}文字以内で入力してください。`],
  [/^Field must match pattern .*$/, () => '入力の形式が正しくありません。'],
  [/^Field must be a valid email\.?$/, () => 'メールアドレスの形式で入力してください。'],
  [/^Field must be a valid +international phone number.*$/, () => '電話番号の形式で入力してください。'],
  [/^Value is not a number\.?$/, () => '数字で入力してください。'],
  [/^Value is expected to be an integer\.?$/, () => '整数で入力してください。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.?$/, (m) => `小数点以下は${m[1]}桁までです。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `入力できない値です(近い値: ${m[1]} または ${m[2]})。`]
];

const LABELS = {
  'Select': '選択してください',
  'Search': '検索',
  'Add new': '追加',
  'Remove item': '削除',
  'Collapse': '閉じる',
  'No options': '選択肢がありません',
  'Download': 'ダウンロード',
  'Toggle list item': '開く/閉じる',
  'Toggle section': '開く/閉じる',
  'Increment': '増やす',
  'Decrement': '減らす'
};

function translated(text) {
  const trimmed = text.trim();
  for (const [pattern, japanese] of MESSAGES) {
    const m = trimmed.match(pattern);
    if (m) {
      return japanese(m);
    }
  }
  const expand = trimmed.match(/^Expand all \((\d+)\)$/);
  if (expand) {
    return `すべて開く (${expand[1]})`;
  }
  return LABELS[trimmed];
}

function translateTextNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const changes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const japanese = node.nodeValue && node.nodeValue.trim() ? translated(node.nodeValue) : undefined;
    if (japanese) {
      changes.push([node, japanese]);
    }
  }
  changes.forEach(([node, japanese]) => { node.nodeValue = japanese; });
}

function translateAttributes(root) {
  root.querySelectorAll('[placeholder], [title], [aria-label]').forEach((element) => {
    ['placeholder', 'title', 'aria-label'].forEach((name) => {
      const value = element.getAttribute(name);
      const japanese = value ? translated(value) : undefined;
      if (japanese) {
        element.setAttribute(name, japanese);
      }
    });
  });
}

function openCaseLinksInNewTab(root) {
  root.querySelectorAll('a[href^="/cases/"]:not([target])').forEach((link) => {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  });
}

const READINGS = [
  ['date', '令和8年12月20日'],
  ['yen', '円単位']
];

function inputKind(field) {
  const description = field.querySelector('.fjs-form-field-description');
  const text = description ? description.textContent : '';
  const found = READINGS.find(([, marker]) => text.includes(marker));
  return found ? found[0] : undefined;
}

async function showReading(input, kind, line) {
  const typed = input.value.trim();
  if (!typed) {
    line.textContent = '';
    return;
  }
  try {
    const response = await fetch(`/forms/preview?input=${kind}&text=${encodeURIComponent(typed)}`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (input.value.trim() !== typed) {
      return; // typed on meanwhile: a newer reading follows
    }
    line.classList.toggle('tainou-reading-refused', !response.ok);
    line.textContent = response.ok ? `→ ${body.reading}` : (body.detail || '読み取れません');
  } catch (e) {
    line.textContent = '';
  }
}

function addReadings(root) {
  root.querySelectorAll('.fjs-form-field-textfield').forEach((field) => {
    const input = field.querySelector('input');
    const kind = inputKind(field);
    if (!input || !kind || input.dataset.tainouReading) {
      return;
    }
    input.dataset.tainouReading = kind;
    const line = document.createElement('div');
    line.className = 'tainou-reading';
    line.setAttribute('aria-live', 'polite');
    field.appendChild(line);
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => showReading(input, kind, line), 250);
    });
    showReading(input, kind, line);
  });
}

let scheduled = false;

function update() {
  scheduled = false;
  document.querySelectorAll('.fjs-container').forEach((form) => {
    translateTextNodes(form);
    translateAttributes(form);
    openCaseLinksInNewTab(form);
    addReadings(form);
  });
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(update);
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
