using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// Leaders' titles (lexicons/leaders.tsv, leader_titles.tsv): a title beside a name the person never held
/// (全国人大常委会委员长习近平), 习近平's three titles out of the official order (党、国家、军队), a title the person no longer
/// held at the document's date (or at the year the sentence names) without 时任/原/前, and wrong title forms
/// (全国人大委员长, 审计署署长). Only verified rows give a replacement; the rest ask for a review.
/// </summary>
internal sealed partial class LeaderTitleDetector : IDetector
{
    private static readonly string[] OrgPrefixes = ["全国人大常委会", "中共中央", "中央军委", "全国政协", "国务院", "中央纪委", "中央", "国家"];
    private static readonly string[] HistoricMarkers = ["时任", "原", "前", "曾任", "历任", "首任", "已故", "生前", "老", "届"];

    /// <summary>Leaders dead this long before the reference date are historic figures: 毛泽东主席, 周恩来总理 are how texts name them.</summary>
    private const int HistoricFigureYears = 10;

    /// <summary>Short titles written after a name (习近平总书记, 李强总理) → the ending of the canonical titles they stand for.</summary>
    private static readonly string[] ShortAfter = ["总书记", "副委员长", "委员长", "副总理", "总理", "副主席", "主席"];

    private readonly LeaderTable _table;
    private readonly Regex _chain;
    private readonly Regex _nameThenTitle;
    private readonly Regex _nameList;
    private readonly Dictionary<string, (string Title, bool Historic)> _forms = new(StringComparer.Ordinal);

    public LeaderTitleDetector(LeaderTable table)
    {
        _table = table;
        foreach (var (form, canonical) in table.TitleForms)
        {
            _forms[form] = (canonical, false);
            foreach (var p in OrgPrefixes)
            {
                if (form.StartsWith(p, StringComparison.Ordinal) && form.Length > p.Length + 1)
                {
                    _forms.TryAdd(form[..p.Length] + "原" + form[p.Length..], (canonical, true));
                    break;
                }
            }
        }

        // Titles that only make sense with context (总理, 总书记, 审计长 …) are not chained before a name on their own.
        var chainForms = _forms.Keys.Where(f => f.Length >= 4).OrderByDescending(f => f.Length).Select(Regex.Escape);
        var names = table.Names.OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        var titles = "(?:" + string.Join('|', chainForms) + ")";
        _chain = new Regex(
            $"(?<t>{titles})(?:[、，, ]*(?<t>{titles}))*[ ]?(?<n>{string.Join('|', names)})",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
        _nameList = new Regex(
            $"(?<n>{string.Join('|', names)})(?:、(?<n>{string.Join('|', names)}))+",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
        _nameThenTitle = new Regex(
            $"(?<n>{string.Join('|', names)})[ ]?(?<s>{string.Join('|', ShortAfter)})",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
    }

    public static RuleDescriptor Mismatch { get; } = new(
        "LEADER_TITLE_MISMATCH", "领导人职务与姓名不符", Category.LeaderTitle, Severity.Critical, "inconsistency");

    public static RuleDescriptor Order { get; } = new(
        "LEADER_TITLE_ORDER", "领导人职务排序错误（规范顺序：中共中央总书记、国家主席、中央军委主席）", Category.LeaderTitle, Severity.Critical, "inconsistency");

    public static RuleDescriptor Outdated { get; } = new(
        "LEADER_TITLE_OUTDATED", "领导人职务在文稿日期已不是现职（历史表述应写“时任”或“原”）", Category.LeaderTitle, Severity.Major, "inconsistency");

    public static RuleDescriptor NotYet { get; } = new(
        "LEADER_TITLE_NOT_YET", "领导人在文稿日期尚未担任该职务（姓名或文稿日期可能有误）", Category.LeaderTitle, Severity.Major, "inconsistency");

    public static RuleDescriptor RankOrder { get; } = new(
        "LEADER_RANK_ORDER", "中央政治局常委并列时未按官方排序", Category.LeaderTitle, Severity.Major, "inconsistency");

    public static RuleDescriptor WrongForm { get; } = new(
        "LEADER_TITLE_FORM", "领导人职务称谓不规范（如“全国人大委员长”应为“全国人大常委会委员长”）", Category.LeaderTitle, Severity.Critical, "misspelling");

    public string Name => "leader-title";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Mismatch, Order, Outdated, NotYet, RankOrder, WrongForm];

    public IReadOnlyDictionary<string, string> DataVersions => _table.Versions;

    public IEnumerable<string> Vocabulary => _forms.Keys.Where(f => f.Length >= 3);

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        foreach (Match m in _chain.Matches(text))
        {
            CheckChain(context, sink, m);
        }

        foreach (Match m in _nameThenTitle.Matches(text))
        {
            CheckNameThenTitle(context, sink, m);
        }

        foreach (Match m in _nameList.Matches(text))
        {
            CheckRankOrder(context, sink, m);
        }

        CheckForms(context, sink);
    }

    /// <summary>Standing Committee members listed together must follow the official order (习近平、李强、赵乐际…).</summary>
    private void CheckRankOrder(DetectionContext context, FindingSink sink, Match m)
    {
        var names = m.Groups["n"].Captures.Select(c => c.Value).ToList();
        var ranked = names.Select(n => _table.ByName.TryGetValue(n, out var posts)
            ? posts.FirstOrDefault(p => p.Title == "中央政治局常委" && p.Rank > 0 && p.Verified && p.HeldOn(context.DocumentDate))
            : null).ToList();
        if (ranked.Exists(r => r is null) || names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            return;
        }

        var ranks = ranked.Select(r => r!.Rank).ToList();
        if (ranks.SequenceEqual(ranks.Order()))
        {
            return;
        }

        var right = string.Join('、', ranked.OrderBy(r => r!.Rank).Select(r => r!.Name));
        sink.Add(m.Index, m.Length, RankOrder,
            $"中央政治局常委并列时应按官方排序：“{right}”。如顺序另有依据（如分别对应前文），请人工核实。", [right], shortMessage: "领导人排序");
    }

    private void CheckChain(DetectionContext context, FindingSink sink, Match m)
    {
        var text = context.Normalized.Text;
        var name = m.Groups["n"].Value;
        var nameEnd = m.Groups["n"].Index + m.Groups["n"].Length;
        if (nameEnd < text.Length && _table.Names.Any(n => n.Length > name.Length && text.AsSpan(m.Groups["n"].Index).StartsWith(n, StringComparison.Ordinal)))
        {
            return;
        }

        var captures = m.Groups["t"].Captures;
        var titles = captures.Select(c => (Capture: c, Form: _forms[c.Value])).ToList();
        var chainHistoric = HasHistoricMarker(text, m.Index) || titles.Exists(t => t.Form.Historic);

        // 1. Order of 习近平's three titles.
        if (titles.Count >= 2)
        {
            foreach (var canonical in _table.Orders)
            {
                var ranks = titles.Select(t => Array.FindIndex(canonical, c => _table.TitleForms.TryGetValue(c, out var ct) && ct == t.Form.Title)).ToList();
                if (ranks.All(r => r >= 0) && ranks.Distinct().Count() == ranks.Count && !ranks.SequenceEqual(ranks.Order()))
                {
                    var first = captures[0];
                    var last = captures[^1];
                    var written = titles.Zip(ranks).OrderBy(x => x.Second).Select(x => x.First.Capture.Value);
                    var right = string.Join('、', written);
                    sink.Add(first.Index, last.Index + last.Length - first.Index, Order,
                        $"领导人职务排序错误：应为“{right}”（规范顺序：党、国家、军队——{string.Join('、', canonical)}）。",
                        [right], shortMessage: "职务排序错误");
                    break;
                }
            }
        }

        // 2. Each title against the person's posts at the reference date.
        var sentence = context.SentenceIndexOf(m.Index);
        var sentenceStart = sentence >= 0 ? context.Sentences[sentence].Start : 0;
        var years = WordingText.YearsBefore(text, sentenceStart, m.Index);
        foreach (var (capture, form) in titles)
        {
            CheckPost(context, sink, name, form.Title, capture.Index, capture.Length, capture.Value, chainHistoric, years, exactTitle: true);
        }
    }

    private void CheckNameThenTitle(DetectionContext context, FindingSink sink, Match m)
    {
        var text = context.Normalized.Text;
        var n = m.Groups["n"];
        var s = m.Groups["s"];
        var name = n.Value;

        // Part of a longer word (李强调 is 李 + 强调; 主席团, 总理事).
        var end = s.Index + s.Length;
        if (end < text.Length && text[end] is '团' or '事' or '会')
        {
            return;
        }

        if (!_table.ByName.TryGetValue(name, out var posts))
        {
            return;
        }

        var candidates = posts.Where(p => p.Title.EndsWith(s.Value, StringComparison.Ordinal)).ToList();
        var sentence = context.SentenceIndexOf(m.Index);
        var sentenceStart = sentence >= 0 ? context.Sentences[sentence].Start : 0;
        var years = WordingText.YearsBefore(text, sentenceStart, m.Index);
        var historic = HasHistoricMarker(text, n.Index) || HasHistoricMarker(text, s.Index);
        if (candidates.Count == 0)
        {
            if (posts.Min(p => p.From).Year >= 1978 && posts.Any(p => p.HeldOn(context.DocumentDate) && p.Verified))
            {
                var now = posts.Where(p => p.HeldOn(context.DocumentDate) && p.Verified).OrderBy(p => p.From).Select(p => p.Title).First();
                sink.Add(m.Index, m.Length, Mismatch,
                    $"领导人职务与姓名不符：{name}未担任过“{s.Value}”一职（现任{now}），请核实姓名和职务。",
                    severity: Severity.Major, shortMessage: "职务与姓名不符");
            }

            return;
        }

        if (historic || years.Exists(y => candidates.Exists(p => p.HeldIn(y))))
        {
            return;
        }

        var refDate = years.Count > 0 ? new DateOnly(years[^1], 12, 31) : context.DocumentDate;
        if (IsHistoricFigure(name, refDate))
        {
            return;
        }

        if (candidates.Exists(p => p.HeldOn(refDate)))
        {
            ReviewStatus(sink, candidates.First(p => p.HeldOn(refDate)), s.Index, s.Length, name);
            return;
        }

        if (candidates.TrueForAll(p => p.From > refDate))
        {
            // 李强总理 in a 2022 document: not yet premier (not "no longer").
            var title = candidates.MinBy(p => p.From)!.Title;
            ReportNotYet(context, sink, name, title, s.Value, (m.Index, m.Index + m.Length), nameFirst: true, adjacent: true,
                candidates.FindAll(p => p.Title == title), refDate, fromYear: years.Count > 0);
            return;
        }

        var last = candidates.OrderByDescending(p => p.To ?? DateOnly.MaxValue).First();
        sink.Add(s.Index, s.Length, Outdated,
            $"“{name}{s.Value}”：{name}{Until(last, refDate)}已不再担任{last.Title}，{Reference(refDate, years.Count > 0)}这一称呼已过时。如为历史表述，请写“时任{last.Title}{name}”或“{Former(last.Title)}{name}”。",
            severity: Severity.Major, shortMessage: "职务已变动");
    }

    private void CheckPost(DetectionContext context, FindingSink sink, string name, string title, int start, int length, string written,
        bool historic, List<int> years, bool exactTitle)
    {
        if (!_table.ByName.TryGetValue(name, out var posts))
        {
            return;
        }

        var held = posts.Where(p => p.Title == title).ToList();
        var refDate = years.Count > 0 && !held.Exists(p => years.Exists(p.HeldIn)) ? new DateOnly(years[^1], 12, 31) : context.DocumentDate;
        if (held.Count == 0)
        {
            if (!exactTitle || !LeaderTable.IsCompleteTitle(title) || posts.Min(p => p.From).Year < 1978)
            {
                return;
            }

            var holder = _table.HolderOn(title, refDate);
            var mine = posts.Where(p => p.HeldOn(refDate)).OrderBy(p => p.From).FirstOrDefault();
            var message = new StringBuilder($"领导人职务与姓名不符：{name}未担任过{title}。");
            var replacements = new List<string>();
            if (holder is not null)
            {
                message.Append(CultureInfo.InvariantCulture, $"{Iso(refDate)}的{title}为{holder.Name}");
                if (holder.Verified)
                {
                    replacements.Add(written + holder.Name);
                }
            }

            if (mine is not null)
            {
                message.Append(CultureInfo.InvariantCulture, $"{(holder is null ? string.Empty : "；")}{name}时任{mine.Title}");
                if (mine.Verified)
                {
                    replacements.Add(mine.Title + name);
                }
            }

            message.Append('。');
            var verified = replacements.Count > 0;
            if (!verified)
            {
                message.Append("请人工核实。");
            }

            sink.Add(start, length + name.Length + (SpanToName(context.Normalized.Text, start + length, name)), Mismatch, message.ToString(), replacements,
                severity: verified ? Severity.Critical : Severity.Major, shortMessage: "职务与姓名不符");
            return;
        }

        if (historic || years.Exists(y => held.Exists(p => p.HeldIn(y))))
        {
            return;
        }

        if (IsHistoricFigure(name, refDate))
        {
            return;
        }

        var current = held.FirstOrDefault(p => p.HeldOn(refDate));
        if (current is not null)
        {
            ReviewStatus(sink, current, start, length, name);
            return;
        }

        var last = held.OrderByDescending(p => p.To ?? DateOnly.MaxValue).First();
        if (last.From > refDate)
        {
            var gap = SpanToName(context.Normalized.Text, start + length, name);
            var adjacent = context.Normalized.Text.AsSpan(start + length, gap).Trim(' ').IsEmpty;
            ReportNotYet(context, sink, name, title, written, (start, start + length + gap + name.Length), nameFirst: false, adjacent, held, refDate, fromYear: years.Count > 0);
            return;
        }

        sink.Add(start, length, Outdated,
            $"“{written}{name}”：{name}{Until(last, refDate)}已不再担任{title}，{Reference(refDate, years.Count > 0)}这一职务已过时。如为历史表述，请写“时任{written}{name}”或“{Former(written)}{name}”。",
            last.Verified ? ["时任" + written] : [], severity: Severity.Major, shortMessage: "职务已变动");
    }

    /// <summary>
    /// The person took the title only after the reference date (国务院总理李强 in a 2022 document, when the premier was
    /// 李克强): a wrong name — often a character dropped from the holder's name — or a wrong document date. Not raised
    /// when the text announces the appointment (将任, 拟任, 提名, 人选, 当选, 任命 …), nor when the sentence's year opens a
    /// period up to now (2012年以来，国家主席习近平…) and the title is held at the document date. The holder of that date
    /// is named (and offered) only for posts with one holder at a time, and offered only when the title stands right
    /// before the name (in 中共中央政治局常委、国务院总理李强 the first title's span holds the second).
    /// </summary>
    private void ReportNotYet(DetectionContext context, FindingSink sink, string name, string title, string written, (int Start, int End) span,
        bool nameFirst, bool adjacent, List<LeaderPost> held, DateOnly refDate, bool fromYear)
    {
        var first = held.OrderBy(p => p.From).First();
        if (first.From.Year < 1978)
        {
            return; // the table's dates are checked from 1978 on (as for the other title rules)
        }

        var text = context.Normalized.Text;
        var sentence = context.SentenceIndexOf(span.Start);
        if (fromYear && first.From <= context.DocumentDate && YearOpensPeriod(text, sentence >= 0 ? context.Sentences[sentence].Start : 0, span.Start))
        {
            return;
        }

        var from = Math.Max(0, span.Start - 8);
        var before = text.AsSpan(from, span.Start - from);
        var after = text.AsSpan(span.End, Math.Min(6, text.Length - span.End));
        foreach (var cue in AppointmentCues)
        {
            if (before.Contains(cue, StringComparison.Ordinal) || after.Contains(cue, StringComparison.Ordinal))
            {
                return;
            }
        }

        var holder = LeaderTable.IsCompleteTitle(title) ? _table.HolderOn(title, refDate) : null;
        var message = new StringBuilder();
        var reference = Reference(refDate, fromYear);
        var quoted = nameFirst ? name + written : written + name;
        message.Append(CultureInfo.InvariantCulture, $"“{quoted}”：{name}于{first.From.Year}年{first.From.Month}月起任{title}，{reference}尚未担任这一职务");
        if (holder is not null)
        {
            message.Append(CultureInfo.InvariantCulture, $"，当时的{title}为{holder.Name}");
        }

        message.Append(fromYear ? "。请核实姓名或年份。" : "。请核实姓名或文稿日期。");
        sink.Add(span.Start, span.End - span.Start, NotYet, message.ToString(),
            holder is { Verified: true } && first.Verified && adjacent ? [nameFirst ? holder.Name + written : written + holder.Name] : [],
            severity: Severity.Major, shortMessage: "尚未任职");
    }

    /// <summary>True when a year in the sentence before <paramref name="before"/> opens a period up to now (2012年以来, 2020年3月至今, 2018年起).</summary>
    private static bool YearOpensPeriod(string text, int sentenceStart, int before) =>
        sentenceStart < before && PeriodYear().IsMatch(text.AsSpan(sentenceStart, before - sentenceStart));

    [GeneratedRegex("[0-9〇零一二三四五六七八九]{4} ?年(?: ?[0-9一二三四五六七八九十]{1,2} ?月(?: ?[0-9一二三四五六七八九十]{1,3} ?[日号])?)? ?(?:以来|来|至今|迄今|起|开始|到现在|到今天)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodYear();

    /// <summary>Words that announce an appointment, so a title not yet held is no error (拟任, 提名…为国务院总理人选).</summary>
    private static readonly string[] AppointmentCues = ["将任", "将出任", "将接任", "拟任", "拟提名", "提名", "人选", "候选", "当选", "任命", "出任", "接任", "继任", "就任", "选举"];

    private bool IsHistoricFigure(string name, DateOnly refDate) =>
        _table.Deaths.TryGetValue(name, out var d) && d.Died.AddYears(HistoricFigureYears) < refDate;

    private static int SpanToName(string text, int from, string name)
    {
        var at = text.IndexOf(name, from, StringComparison.Ordinal);
        return at < 0 ? 0 : at - from;
    }

    private static void ReviewStatus(FindingSink sink, LeaderPost post, int start, int length, string name)
    {
        if (post.Status is "under-investigation" or "unclear" || (post.To is null && !post.Verified && post.Status.Length > 0))
        {
            sink.Add(start, length, Outdated,
                $"{name}的“{post.Title}”职务现状不明（{(post.Status == "under-investigation" ? "已被立案审查调查" : "近期未见公开活动")}），以现职称呼前请人工核实。",
                severity: Severity.Major, shortMessage: "职务待核实");
        }
    }

    private void CheckForms(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        foreach (var e in _table.Errors)
        {
            // 省省委书记/市市委书记 need a place name (SovereigntyPatternDetector, rule T1); 村长 is a banned.lex.tsv term.
            if (e.Context.StartsWith("pattern:", StringComparison.Ordinal) || e.Context.Contains("banned.lex", StringComparison.Ordinal))
            {
                continue;
            }

            for (var at = text.IndexOf(e.Wrong, StringComparison.Ordinal); at >= 0; at = text.IndexOf(e.Wrong, at + 1, StringComparison.Ordinal))
            {
                if (!ContextAllows(text, e, at))
                {
                    continue;
                }

                var right = e.Right.Length > 0 ? e.Right[0] : string.Empty;
                if (e.Style)
                {
                    sink.Add(at, e.Wrong.Length, WrongForm, $"称谓不够规范：{e.Note}（建议写“{right}”，仅供参考）。", severity: Severity.Minor, shortMessage: "称谓不规范");
                }
                else if (e.Verified)
                {
                    sink.Add(at, e.Wrong.Length, WrongForm, $"职务称谓错误：“{e.Wrong}”{e.Note}。", e.Right, shortMessage: "职务称谓错误");
                }
                else
                {
                    sink.Add(at, e.Wrong.Length, WrongForm, $"职务称谓疑似不规范：{e.Note}（建议“{right}”，请人工核实）。", severity: Severity.Major, shortMessage: "职务称谓待核实");
                }
            }
        }
    }

    private bool ContextAllows(string text, TitleError e, int at)
    {
        var end = at + e.Wrong.Length;
        bool Before(string s) => at >= s.Length && text.AsSpan(at - s.Length, s.Length).SequenceEqual(s);
        bool After(string s) => text.AsSpan(end).StartsWith(s, StringComparison.Ordinal);
        switch (e.Wrong)
        {
            case "人大委员长":
                return !Before("全国");
            case "人大常委会委员长":
                return !Before("全国");
            case "全国人大常委":
                return !After("会");
            case "政协主席":
                return !Before("全国") && (at == 0 || !WordingText.IsHan(text[at - 1]) || Before("的"))
                    && _table.ByTitle.TryGetValue("全国政协主席", out var chairs) && chairs.Any(p => After(p.Name));
            default:
                // A wrong form inside a longer correct form (原国务院总理 inside 国务院原总理 cannot happen; 国家总理 inside 国家总理府 is fine).
                return true;
        }
    }

    private static bool HasHistoricMarker(string text, int at)
    {
        var b = at;
        while (b > 0 && text[b - 1] == ' ')
        {
            b--;
        }

        var before = text.AsSpan(Math.Max(0, b - 3), b - Math.Max(0, b - 3));
        foreach (var h in HistoricMarkers)
        {
            if (before.EndsWith(h, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string Until(LeaderPost post, DateOnly refDate)
    {
        var dead = _table.Deaths.TryGetValue(post.Name, out var d) && d.Died <= refDate;
        // The term may have ended before the death (李克强: 总理 until 2023-03, died 2023-10-27): say both, in order.
        if (dead && (post.To is null || post.To.Value >= d.Died))
        {
            return $"已于{Iso(d.Died)}逝世，";
        }

        return post.To is null ? string.Empty : dead ? $"于{post.ToText}卸任（已于{Iso(d.Died)}逝世），" : $"于{post.ToText}卸任，";
    }

    /// <summary>What the reference date is: a year written in the sentence (按句中年份（2016年）) or the document date.</summary>
    private static string Reference(DateOnly refDate, bool fromYear) =>
        fromYear ? $"按句中年份（{refDate.Year.ToString(CultureInfo.InvariantCulture)}年）" : $"按文稿日期（{Iso(refDate)}）";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>国务院总理 → 国务院原总理 (the form Xinhua uses for a former holder).</summary>
    private static string Former(string title)
    {
        foreach (var p in OrgPrefixes)
        {
            if (title.StartsWith(p, StringComparison.Ordinal) && title.Length > p.Length + 1)
            {
                return title[..p.Length] + "原" + title[p.Length..];
            }
        }

        return "原" + title;
    }
}
