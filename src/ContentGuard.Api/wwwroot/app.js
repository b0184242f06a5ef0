// ContentGuard checker page. No framework, no CDN: everything is served by the API itself.
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const draft = $('draft'), markLayer = $('mark-layer'), marks = $('marks');
  const decisionEl = $('decision'), errorEl = $('error'), groupsEl = $('groups'), countEl = $('count');
  const popup = $('popup');
  const STORAGE_KEY = 'contentguard.draft';
  const KEY_STORAGE = 'contentguard.apiKey';
  const authHeaders = () => {
    let key = '';
    try { key = sessionStorage.getItem(KEY_STORAGE) || ''; } catch { /* no storage */ }
    return key ? { 'X-Api-Key': key } : {};
  };
  const SAFE_CATEGORIES = new Set(['BANNED_TERM', 'SOVEREIGNTY', 'PRIVACY', 'ADVERTISING', 'LEADER_NAME', 'LEADER_TITLE', 'FORMULATION']);
  const VERDICT = { pass: '可以发布', review: '需人工复核', block: '禁止发布' };
  const SEVERITY = { critical: '严重', major: '一般', minor: '提示' };
  const CATEGORY_ORDER = ['LEADER_NAME', 'LEADER_TITLE', 'FORMULATION', 'SOVEREIGNTY', 'BANNED_TERM', 'TYPO', 'SENSITIVE', 'OFFENSIVE', 'ADVERTISING', 'PRIVACY', 'SECRECY'];

  const state = { text: null, result: null, findings: [], ignored: new Set(), active: -1, seq: 0, timer: 0 };

  // ---------- helpers ----------
  const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const keyOf = (f) => `${f.offset}:${f.length}:${f.rule.id}`;
  const isIgnored = (f) => state.ignored.has(keyOf(f));
  const isSafe = (f) => f.replacements.length === 1 && SAFE_CATEGORIES.has(f.rule.category.id);
  const today = () => { const d = new Date(); const p = (n) => String(n).padStart(2, '0'); return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`; };

  function showError(message) {
    errorEl.textContent = message;
    errorEl.hidden = !message;
  }

  // ---------- checking ----------
  async function check() {
    const text = draft.value;
    clearTimeout(state.timer);
    showError('');
    if (!text.trim()) {
      setDecision(null, '文稿为空：请粘贴或输入要检查的文字。');
      return;
    }
    const seq = ++state.seq;
    decisionEl.classList.add('busy');
    decisionEl.setAttribute('aria-busy', 'true');
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), 60000);
    try {
      const body = { text, documentDate: $('date').value || today() };
      const response = await fetch('v1/check', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
        body: JSON.stringify(body), signal: controller.signal,
      });
      const payload = await response.json().catch(() => null);
      if (response.status === 401) {
        $('key-field').hidden = false;
        throw new Error('此服务需要 API 密钥：请在工具栏填写密钥后重新检查。文稿已保留。');
      }
      if (!response.ok) {
        const detail = payload && (payload.detail || payload.title);
        throw new Error(`检查失败（HTTP ${response.status}）${detail ? '：' + detail : ''}。文稿已保留，请稍后重试。`);
      }
      if (seq !== state.seq) return; // a newer check is under way
      if (draft.value !== text) { scheduleCheck(); return; } // edited while checking
      state.text = text;
      state.result = payload;
      state.findings = payload.matches;
      state.active = -1;
      render();
    } catch (e) {
      if (seq !== state.seq) return;
      const message = e.name === 'AbortError' ? '检查超时。文稿已保留，请稍后重试。'
        : e instanceof TypeError ? '无法连接检查服务（网络或服务器错误）。文稿已保留，请稍后重试。' : e.message;
      showError(message);
      setDecision(null, '未能完成检查。');
    } finally {
      clearTimeout(timeout);
      if (seq === state.seq) { decisionEl.classList.remove('busy'); decisionEl.removeAttribute('aria-busy'); }
    }
  }

  function scheduleCheck() {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, 1200);
  }

  // ---------- rendering ----------
  function currentDecision() {
    const live = state.findings.filter((f) => !isIgnored(f));
    const count = { critical: 0, major: 0, minor: 0 };
    live.forEach((f) => { count[f.severity]++; });
    const suggestion = count.critical ? 'block' : count.major ? 'review' : 'pass';
    return { suggestion, count };
  }

  function setDecision(suggestion, message) {
    decisionEl.dataset.suggestion = suggestion || '';
    decisionEl.innerHTML = message;
  }

  function render() {
    const { suggestion, count } = currentDecision();
    const parts = [`<span class="verdict">${VERDICT[suggestion]}</span>`,
      `严重 ${count.critical} 处 · 一般 ${count.major} 处 · 提示 ${count.minor} 处`];
    if (state.result.warnings && state.result.warnings.incompleteResults) parts.push('（检查未全部完成，结果可能不全）');
    setDecision(suggestion, parts.join(' '));
    renderMarks();
    renderGroups();
    $('prev').disabled = $('next').disabled = visibleFindings().length === 0;
    $('fix-all').disabled = !state.findings.some((f) => !isIgnored(f) && isSafe(f));
  }

  function visibleFindings() {
    return state.findings.map((f, i) => ({ f, i })).filter(({ f }) => !isIgnored(f));
  }

  // Findings nest (a sentence-level finding may contain word-level ones); partial overlaps are skipped.
  function renderMarks() {
    const text = state.text;
    const items = visibleFindings().sort((a, b) => a.f.offset - b.f.offset || b.f.length - a.f.length);
    const html = [];
    const emit = (start, end, list) => {
      let pos = start;
      let k = 0;
      while (k < list.length) {
        const { f, i } = list[k];
        const fEnd = f.offset + f.length;
        if (f.offset < pos || fEnd > end) { k++; continue; }
        html.push(esc(text.slice(pos, f.offset)));
        const children = [];
        k++;
        while (k < list.length && list[k].f.offset < fEnd) { children.push(list[k]); k++; }
        const sentence = f.rule.category.id === 'OFFENSIVE' ? ' sentence' : '';
        html.push(`<mark class="m${sentence}" data-testid="match" data-index="${i}" data-category="${f.rule.category.id}" data-severity="${f.severity}" tabindex="0" role="button" aria-label="${esc(f.rule.category.name + '（' + SEVERITY[f.severity] + '）：' + f.text)}">`);
        emit(f.offset, fEnd, children);
        html.push('</mark>');
        pos = fEnd;
      }
      html.push(esc(text.slice(pos, end)));
    };
    emit(0, text.length, items);
    markLayer.innerHTML = html.join('') + '\u200b';
    syncLayer();
  }

  function renderGroups() {
    const groups = new Map();
    state.findings.forEach((f, i) => {
      const id = f.rule.category.id;
      if (!groups.has(id)) groups.set(id, { name: f.rule.category.name, items: [] });
      groups.get(id).items.push({ f, i });
    });
    const ids = [...groups.keys()].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
    countEl.textContent = `共 ${state.findings.length} 处`;
    if (ids.length === 0) { groupsEl.innerHTML = '<p>未发现问题。</p>'; return; }
    groupsEl.innerHTML = ids.map((id) => {
      const g = groups.get(id);
      return `<div class="group"><h3>${esc(g.name)} <span class="count">(${g.items.length})</span></h3><ul>` +
        g.items.map(({ f, i }) => `<li><button type="button" class="item${isIgnored(f) ? ' ignored' : ''}" data-index="${i}" data-severity="${f.severity}">` +
          `<span class="sev">${SEVERITY[f.severity]}</span><span class="text">${esc(f.text)}</span>` +
          `${f.replacements.length ? ' → ' + esc(f.replacements[0].value) : ''}<br><small>${esc(f.message)}</small></button></li>`).join('') +
        '</ul></div>';
    }).join('');
  }

  function syncLayer() {
    markLayer.style.width = `${draft.clientWidth}px`;
    markLayer.style.transform = `translate(${-draft.scrollLeft}px, ${-draft.scrollTop}px)`;
  }

  function clearMarks(message) {
    markLayer.innerHTML = '';
    if (state.result) setDecision('', message);
    state.text = null;
    state.result = null;
    state.findings = [];
    groupsEl.innerHTML = '';
    countEl.textContent = '';
    $('prev').disabled = $('next').disabled = $('fix-all').disabled = true;
    closePopup();
  }

  // ---------- popup ----------
  function openPopup(index, returnFocus) {
    const f = state.findings[index];
    if (!f) return;
    state.active = index;
    document.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
    const mark = markLayer.querySelector(`mark[data-index="${index}"]`);
    if (mark) {
      mark.classList.add('active');
      const top = mark.offsetTop;
      if (top < draft.scrollTop || top > draft.scrollTop + draft.clientHeight - 40) {
        draft.scrollTop = Math.max(0, top - draft.clientHeight / 3);
        syncLayer();
      }
    }
    $('popup-title').textContent = `${f.rule.category.name} · ${SEVERITY[f.severity]}`;
    $('popup-message').textContent = f.message;
    $('popup-rule').textContent = `规则 ${f.rule.id}：${f.rule.description}`;
    $('popup-replacements').innerHTML = f.replacements.slice(0, 5)
      .map((r, k) => `<button type="button" data-testid="replacement" data-k="${k}">${esc(r.value || '（删除）')}</button>`).join('');
    $('popup-ignore').hidden = f.severity === 'critical';
    popup.hidden = false;
    const anchor = (mark || $('editor')).getBoundingClientRect();
    const left = Math.min(window.scrollX + anchor.left, window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 8);
    popup.style.left = `${Math.max(8, left)}px`;
    popup.style.top = `${window.scrollY + anchor.bottom + 6}px`;
    popup.returnFocus = returnFocus || null;
    popup.focus();
  }

  function closePopup() {
    if (popup.hidden) return;
    popup.hidden = true;
    document.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
    if (popup.returnFocus) popup.returnFocus.focus();
  }

  function navigate(step) {
    const list = visibleFindings().sort((a, b) => a.f.offset - b.f.offset);
    if (!list.length) return;
    const at = list.findIndex(({ i }) => i === state.active);
    const next = list[(at + step + list.length) % list.length] || list[0];
    openPopup(next.i, draft);
  }

  // ---------- fixes ----------
  function applyReplacements(edits) {
    if (draft.value !== state.text) { showError('文稿已修改，请重新检查后再应用修改。'); return false; }
    let text = draft.value;
    edits.sort((a, b) => b.f.offset - a.f.offset);
    let last = Infinity;
    for (const { f, value } of edits) {
      if (f.offset + f.length > last) continue; // overlapping edit: skip
      if (text.slice(f.offset, f.offset + f.length) !== f.text) continue;
      text = text.slice(0, f.offset) + value + text.slice(f.offset + f.length);
      last = f.offset;
    }
    draft.value = text;
    save();
    closePopup();
    check();
    return true;
  }

  // ---------- persistence ----------
  function save() {
    try { localStorage.setItem(STORAGE_KEY, draft.value); } catch { /* storage full or disabled: the draft stays in the page */ }
  }

  // UTF-8 (or UTF-16 with a byte order mark); a GBK file would otherwise become mojibake in the draft.
  async function readText(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF));
    try {
      return new TextDecoder(utf16 ? (bytes[0] === 0xFF ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error('文件不是 UTF-8 编码（可能是 GBK）：请在记事本中“另存为”UTF-8 编码后再打开。文稿未改动。');
    }
  }

  async function openFile(file) {
    showError('');
    const name = file.name.toLowerCase();
    try {
      if (name.endsWith('.txt')) {
        draft.value = await readText(file);
      } else if (name.endsWith('.html') || name.endsWith('.htm')) {
        const doc = new DOMParser().parseFromString(await readText(file), 'text/html');
        // The parts the API does not read either (src/ContentGuard/Text/HtmlTextExtractor.cs: Hidden).
        doc.querySelectorAll('script,style,template,noscript,iframe,object,svg,math,select,datalist').forEach((n) => n.remove());
        // Image alt text is published too (read aloud, shown when the image fails): paragraphs after the page text, as the
        // API reads them (in place they would split a word around the image).
        const alts = [];
        doc.querySelectorAll('img[alt],area[alt],input[type=image][alt]').forEach((n) => {
          const alt = n.getAttribute('alt');
          if (alt.trim()) alts.push(alt);
        });
        // So are the page's meta description and keywords (search engines show them).
        doc.querySelectorAll('meta[name][content]').forEach((n) => {
          const metaName = n.getAttribute('name').trim().toLowerCase();
          const content = n.getAttribute('content');
          if ((metaName === 'description' || metaName === 'keywords') && content.trim()) alts.push(content);
        });
        doc.querySelectorAll('br').forEach((n) => n.replaceWith('\n'));
        doc.querySelectorAll('p,div,li,h1,h2,h3,h4,h5,h6,tr,section,article,blockquote,pre,table').forEach((n) => n.append('\n'));
        const body = (doc.body ? doc.body.textContent : '').replace(/\n{3,}/g, '\n\n').trim();
        draft.value = [body, ...alts].filter((t) => t).join('\n\n');
      } else if (name.endsWith('.docx')) {
        const form = new FormData();
        form.append('file', file);
        const response = await fetch('v1/check/file', { method: 'POST', body: form, headers: authHeaders() });
        const payload = await response.json().catch(() => null);
        if (!response.ok || !payload || typeof payload.text !== 'string') {
          throw new Error(`无法读取 Word 文件${payload && payload.detail ? '：' + payload.detail : ''}。`);
        }
        draft.value = payload.text;
      } else {
        throw new Error('只能打开 .txt、.html 或 .docx 文件。');
      }
      save();
      check();
    } catch (e) {
      showError(e.message);
    }
  }

  // ---------- events ----------
  $('check').addEventListener('click', check);
  $('prev').addEventListener('click', () => navigate(-1));
  $('next').addEventListener('click', () => navigate(1));
  $('copy').addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(draft.value); } catch { draft.select(); document.execCommand('copy'); }
  });
  $('fix-all').addEventListener('click', () => {
    applyReplacements(state.findings.filter((f) => !isIgnored(f) && isSafe(f)).map((f) => ({ f, value: f.replacements[0].value })));
  });
  $('api-key').addEventListener('change', (e) => {
    try { sessionStorage.setItem(KEY_STORAGE, e.target.value.trim()); } catch { /* no storage */ }
  });
  $('file').addEventListener('change', (e) => { if (e.target.files[0]) openFile(e.target.files[0]); e.target.value = ''; });
  $('popup-close').addEventListener('click', closePopup);
  $('popup-ignore').addEventListener('click', () => {
    const f = state.findings[state.active];
    if (f && f.severity !== 'critical') { state.ignored.add(keyOf(f)); closePopup(); render(); }
  });
  $('popup-replacements').addEventListener('click', (e) => {
    const button = e.target.closest('button[data-k]');
    const f = state.findings[state.active];
    if (button && f) applyReplacements([{ f, value: f.replacements[Number(button.dataset.k)].value }]);
  });
  marks.addEventListener('click', (e) => {
    const mark = e.target.closest('mark[data-index]');
    if (mark) { e.preventDefault(); openPopup(Number(mark.dataset.index), mark); }
  });
  marks.addEventListener('keydown', (e) => {
    const mark = e.target.closest('mark[data-index]');
    if (mark && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); openPopup(Number(mark.dataset.index), mark); }
  });
  groupsEl.addEventListener('click', (e) => {
    const item = e.target.closest('.item[data-index]');
    if (item) openPopup(Number(item.dataset.index), item);
  });
  draft.addEventListener('scroll', syncLayer);
  draft.addEventListener('input', () => {
    save();
    if (state.text !== null && draft.value !== state.text) clearMarks('文稿已修改，正在重新检查……');
    if (draft.value.length <= 100000) scheduleCheck();
  });
  new ResizeObserver(syncLayer).observe(draft);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
    else if (e.key === 'Escape') closePopup();
    else if (e.key === 'F8') { e.preventDefault(); navigate(e.shiftKey ? -1 : 1); }
  });
  document.addEventListener('click', (e) => {
    if (!popup.hidden && !popup.contains(e.target) && !e.target.closest('mark,.item')) closePopup();
  });

  // ---------- start ----------
  $('date').value = today();
  try { draft.value = localStorage.getItem(STORAGE_KEY) || ''; } catch { /* no storage */ }
  fetch('v1/info').then((r) => (r.ok ? r.json() : null)).then((info) => {
    const v = info && (info.version || (info.software && info.software.version));
    if (v) $('version').textContent = v;
  }).catch(() => {});
})();
