using System.Collections.Frozen;
using ContentGuard.Detection;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// Fixed political formulations (lexicons/formulations.tsv) and numbered formulations (lexicons/numbered.tsv):
/// a formulation with one character replaced by a homophone or look-alike, or one dropped or inserted (扫黑险恶);
/// a numbered formulation with the wrong number (三个自信, 五个意识, 三个确立); an explicit enumeration whose members do
/// not match the canon (“四个自信”即道路自信、理论自信、制度自信); a wrong fixed suffix (“四个全面”总体布局).
/// Quotation marks and noise characters are skipped. Only verified rows give a replacement.
/// </summary>
internal sealed class FormulationDetector : IDetector
{
    /// <summary>Bodies of numbered names that are everyday words: a wrong number is only flagged inside quotation marks.</summary>
    private static readonly FrozenSet<string> GenericBodies = FrozenSet.Create(StringComparer.Ordinal, "伟大", "全面", "代表");

    /// <summary>Bodies that local slogans reuse with any number (省委“六个坚持”工作要求, 坚持“三个结合”): never checked.</summary>
    private static readonly FrozenSet<string> FreeBodies = FrozenSet.Create(StringComparer.Ordinal, "坚持", "明确", "方面成就", "必须坚持", "务必", "结合");

    /// <summary>Function words that, standing alone as a word of the text, are not a mistyped char of a formulation.</summary>
    private static readonly FrozenSet<char> StandAlone = FrozenSet.Create("不是的了在和有也就都而与及或为以对把被让从向到等之其这那要会能可将并但又".ToCharArray());

    private static readonly FrozenSet<char> FunctionChars = FrozenSet.Create('的', '地', '得', '和', '与', '及', '了', '是', '在', '之', '、', ',');

    private readonly FormulationTable _formulations;
    private readonly NumberedTable _numbered;
    /// <summary>A window that is a dictionary word at least this frequent is a correct word, not a typo (习平 has 10, 险恶 477).</summary>
    private const int CommonWord = 100;

    private readonly Segmenter _segmenter;
    private readonly Formulation[] _entries;
    private readonly NearMissIndex _index;
    private readonly FrozenSet<string> _canonical;
    private readonly Dictionary<string, NumberedFormulation[]> _byBody;
    private readonly string[] _suffixes;
    private readonly Dictionary<string, NumberedFormulation[]> _byName;
    private readonly bool[][] _namePositions;

    public FormulationDetector(FormulationTable formulations, NumberedTable numbered, LeaderTable leaders, Segmenter segmenter)
    {
        _formulations = formulations;
        _numbered = numbered;
        _segmenter = segmenter;
        _entries = [.. formulations.Items.Where(f => f.Text.Length >= 4)];
        _index = new NearMissIndex([.. _entries.Select(e => e.Text)]);

        // Positions of a leader's name inside a formulation (以习近平同志为核心的党中央): an edit there is the name
        // detector's finding (LEADER_NAME), which is more specific.
        _namePositions = [.. _entries.Select(e =>
        {
            var mask = new bool[e.Text.Length];
            foreach (var name in leaders.Names)
            {
                for (var at = e.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = e.Text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    Array.Fill(mask, true, at, name.Length);
                }
            }

            return mask;
        })];
        _canonical = formulations.Items.Select(f => f.Text).Concat(numbered.Items.Select(n => n.Name)).Concat(leaders.Names).Concat(leaders.TitleForms.Keys)
            .ToFrozenSet(StringComparer.Ordinal);
        _byBody = numbered.Items.Where(n => n.Body.Length >= 2).GroupBy(n => n.Body, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byName = numbered.Items.Where(n => !n.Regional).GroupBy(n => n.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Current).ToArray(), StringComparer.Ordinal);
        _suffixes = [.. numbered.Items.Select(n => n.Suffix).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    public static RuleDescriptor NearMiss { get; } = new(
        "FORMULATION_NEAR_MISS", "重要表述写错（同音字、形近字、多字或漏字）", Category.Formulation, Severity.Critical, "misspelling");

    public static RuleDescriptor WrongNumber { get; } = new(
        "FORMULATION_NUMBER", "数字概括的重要表述数字错误（如“三个自信”应为“四个自信”）", Category.Formulation, Severity.Critical, "inconsistency");

    public static RuleDescriptor WrongMembers { get; } = new(
        "FORMULATION_MEMBERS", "数字概括的重要表述列举内容与规范表述不符", Category.Formulation, Severity.Critical, "inconsistency");

    public static RuleDescriptor WrongSuffix { get; } = new(
        "FORMULATION_SUFFIX", "重要表述固定搭配错误（如“四个全面”战略布局、“五位一体”总体布局）", Category.Formulation, Severity.Critical, "inconsistency");

    public string Name => "formulation";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [NearMiss, WrongNumber, WrongMembers, WrongSuffix];

    public IReadOnlyDictionary<string, string> DataVersions =>
        _formulations.Versions.Append(new("numbered.tsv", _numbered.Version)).ToDictionary(StringComparer.Ordinal);

    /// <summary>Short formulations only: longer ones would change how jieba cuts ordinary text (中国特色社会主义 stays 中国/特色/社会主义).</summary>
    public IEnumerable<string> Vocabulary => _formulations.Items.Select(f => f.Text).Where(t => t.Length <= 6 && t.All(WordingText.IsHan));

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var normalized = context.Normalized;
        var (compact, map) = context.Compact;
        TokenBoundaries? boundaries = null;
        var taken = new List<(int Start, int End)>();
        FindNearMisses(context, sink, compact, map, ref boundaries, taken);
        FindWrongNumbers(context, sink, compact, map, ref boundaries, taken);
        FindEnumerationsAndSuffixes(context, sink, compact, map);
    }

    private void FindNearMisses(DetectionContext context, FindingSink sink, string compact, int[] map, ref TokenBoundaries? boundaries, List<(int Start, int End)> taken)
    {
        var normalized = context.Normalized;
        // Shorter formulations first: “四个自新” is reported as 四个自信, not as 坚定“四个自信”.
        foreach (var m in _index.Find(compact).OrderBy(m => _entries[m.Entry].Text.Length).ThenBy(m => m.Start).ThenBy(m => m.Kind))
        {
            var f = _entries[m.Entry];
            var p = f.Text;
            var window = compact.Substring(m.Start, m.Length);
            var names = _namePositions[m.Entry];
            if (names[Math.Min(m.At, p.Length - 1)] || (m.Kind != EditKind.Substitution && m.At > 0 && names[m.At - 1]))
            {
                continue;
            }

            switch (m.Kind)
            {
                case EditKind.Substitution:
                    var c = p[m.At];
                    var x = window[m.At];
                    if (!WordingText.IsHan(x) || !WordingText.IsHan(c) || WordingText.IsNumeral(c) || WordingText.IsNumeral(x)
                        || (!CharData.SoundAlike(c, x) && !CharData.LookAlike(c, x) && !Garbled(p, window, m.At)))
                    {
                        continue;
                    }

                    break;
                case EditKind.Insertion:
                    // Only a typo-like extra char (a doubled or look-/sound-alike neighbour: 扫黑除除恶); any other
                    // insertion is usually a different, correct phrase (现代文化产业体系 is not 现代化产业体系).
                    var extra = window[m.At];
                    if (!WordingText.IsHan(extra) || !(Alike(extra, p[m.At - 1]) || Alike(extra, p[m.At])))
                    {
                        continue;
                    }

                    break;
                default:
                    // A four-char formulation less one char is too often an abbreviation of its own (扩内需, 全国大范围).
                    if (p.Length < 5 || FunctionChars.Contains(p[m.At]) || WordingText.IsNumeral(p[m.At]))
                    {
                        continue;
                    }

                    break;
            }

            var start = map[m.Start];
            var end = map[m.Start + m.Length - 1] + 1;
            boundaries ??= new TokenBoundaries(context, _segmenter);
            if (!boundaries.Aligned(start, end) || taken.Exists(t => t.Start < end && start < t.End)
                || _canonical.Contains(window) || ContainsExact(compact, m.Start, m.Length) || _segmenter.WordFrequency(window) >= CommonWord)
            {
                continue;
            }

            var severity = Judge(boundaries, m, p, window, map);
            if (severity is null)
            {
                continue;
            }

            var garbled = m.Kind == EditKind.Substitution && !CharData.SoundAlike(p[m.At], window[m.At]) && !CharData.LookAlike(p[m.At], window[m.At]);
            if (garbled)
            {
                severity = Severity.Major;
            }

            taken.Add((start, end));
            var written = normalized.OriginalSlice(start, end - start);
            var right = written.Any(WordingText.IsQuote) ? f.Written : new string([.. f.Written.Where(ch => !WordingText.IsQuote(ch))]);
            var how = m.Kind switch
            {
                EditKind.Substitution when garbled => $"“{window[m.At]}”应为“{p[m.At]}”",
                EditKind.Substitution => CharData.SoundAlike(p[m.At], window[m.At]) ? $"“{window[m.At]}”与“{p[m.At]}”同音" : $"“{window[m.At]}”与“{p[m.At]}”形近",
                EditKind.Insertion => $"多了“{window[m.At]}”字",
                _ => $"漏了“{p[m.At]}”字",
            };
            if (f.Trusted && severity == Severity.Critical)
            {
                sink.Add(start, end - start, NearMiss, $"重要表述错误：“{written}”应为“{right}”（{how}）。", [right], confidence: 0.9, shortMessage: "重要表述错误");
            }
            else if (f.Trusted)
            {
                // The canonical spelling is a checked fact; only whether the text is a typo is uncertain.
                sink.Add(start, end - start, NearMiss, $"重要表述疑似写错：“{written}”，规范表述为“{right}”（{how}），请核实。",
                    [right], severity: Severity.Major, confidence: 0.6, shortMessage: "重要表述待核实");
            }
            else
            {
                sink.Add(start, end - start, NearMiss, $"重要表述疑似写错：“{written}”，规范表述可能为“{right}”（{how}），请人工核实。",
                    severity: Severity.Major, confidence: 0.7, shortMessage: "重要表述待核实");
            }
        }
    }

    /// <summary>
    /// Critical, major (a real-word alternative: a common word of the text replaces a common word of the formulation,
    /// 法制/法治) or null (not a typo: the gap of a deletion falls between two whole words, 中国/现代化 for 中国式现代化;
    /// the replaced char is a function word standing alone, 生态环境/不).
    /// </summary>
    private Severity? Judge(TokenBoundaries boundaries, NearMiss m, string p, string window, int[] map)
    {
        switch (m.Kind)
        {
            case EditKind.Deletion:
            {
                // m.At chars of the window precede the gap.
                var left = boundaries.At(map[m.Start + m.At - 1]);
                var right = boundaries.At(map[m.Start + m.At]);
                var clean = left is { } l && right is { } r && l.End <= r.Start && IsCommonWord(l.Word) && IsCommonWord(r.Word);
                return clean ? null : Severity.Critical;
            }

            case EditKind.Substitution:
            {
                if (boundaries.At(map[m.Start + m.At]) is { Length: 1 } t && StandAlone.Contains(t.Word[0]))
                {
                    return null;
                }

                // A common two-char word of the text in place of a common word of the formulation (法制/法治, 做主/作主).
                for (var k = Math.Max(0, m.At - 1); k <= m.At && k + 2 <= p.Length; k++)
                {
                    if (IsCommonWord(window.Substring(k, 2)) && IsCommonWord(p.Substring(k, 2)))
                    {
                        return Severity.Major;
                    }
                }

                return Severity.Critical;
            }

            default:
                return Severity.Critical;
        }
    }

    /// <summary>Occurrences in official prose (lexicons/typo/charngram.tsv) that make a character pair wording rather than a garble.</summary>
    private const int AttestedPair = 2;

    private bool IsCommonWord(string word) => word.Length >= 2 && _segmenter.WordFrequency(word) >= CommonWord;

    /// <summary>
    /// An unrelated char inside a long formulation that makes no word with its neighbours where the canonical chars did
    /// (全圃人民代表大会, 常务委贝会): a typo the sound and shape tables do not know. Never at either end (自然资源局 is
    /// a correct name) and never in formulations shorter than 6 chars. Such a finding is a review.
    /// </summary>
    private bool Garbled(string p, string window, int at)
    {
        if (p.Length < 6 || at == 0 || at == p.Length - 1)
        {
            return false;
        }

        var textWord = _segmenter.WordFrequency(window.Substring(at - 1, 2)) > 0 || _segmenter.WordFrequency(window.Substring(at, 2)) > 0;
        var canonWord = _segmenter.WordFrequency(p.Substring(at - 1, 2)) > 0 || _segmenter.WordFrequency(p.Substring(at, 2)) > 0;

        // A typed pair that official prose uses is wording, not a garble (两化融合发展 is 信息化和工业化融合, 树牢 a verb).
        var ngram = Typo.CharNgramModel.Embedded;
        var attested = ngram.Count(window[at - 1], window[at]) >= AttestedPair || ngram.Count(window[at], window[at + 1]) >= AttestedPair;
        return !textWord && canonWord && !attested;
    }

    private static bool Alike(char a, char b) => a == b || CharData.SoundAlike(a, b) || CharData.LookAlike(a, b);

    private bool ContainsExact(string compact, int start, int length)
    {
        // The window overlaps a correct formulation written right there (e.g. a longer canonical phrase): not a typo.
        var from = Math.Max(0, start - 2);
        var to = Math.Min(compact.Length, start + length + 2);
        var around = compact.AsSpan(from, to - from);
        foreach (var e in _entries)
        {
            if (e.Text.Length >= length - 1 && around.Length >= e.Text.Length)
            {
                var at = around.IndexOf(e.Text, StringComparison.Ordinal);
                if (at >= 0 && from + at <= start && from + at + e.Text.Length >= start + length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="words"/> stands in the paragraph (between line breaks) around <paramref name="at"/>.</summary>
    private static bool InParagraph(string text, int at, string[] words)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        var paragraph = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        foreach (var w in words)
        {
            if (paragraph.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void FindWrongNumbers(DetectionContext context, FindingSink sink, string compact, int[] map, ref TokenBoundaries? boundaries, List<(int Start, int End)> taken)
    {
        var text = context.Normalized.Text;
        for (var i = compact.IndexOf('个', StringComparison.Ordinal); i > 0; i = compact.IndexOf('个', i + 1))
        {
            // The number is Arabic digits or Chinese numerals, not both, and no noise char stands inside it: in
            // “3.四个自信” or “三.两个维护” (outline numbers; the compact text has dropped the '.') and in
            // “电话…78三个自信” the chars before the numeral are not part of it.
            var ns = i;
            var arabic = char.IsAsciiDigit(compact[i - 1]);
            while (ns > 0 && i - ns < 3 && (ns == i || map[ns - 1] + 1 == map[ns])
                   && (arabic ? char.IsAsciiDigit(compact[ns - 1]) : WordingText.IsNumeral(compact[ns - 1])))
            {
                ns--;
            }

            if (ns == i || (ns > 0 && compact[ns - 1] is '第' or '几' or '每'))
            {
                continue;
            }

            var number = WordingText.ParseNumber(compact.AsSpan(ns, i - ns));
            if (number < 2)
            {
                continue;
            }

            foreach (var (body, rows) in _byBody)
            {
                if (FreeBodies.Contains(body) || !compact.AsSpan(i + 1).StartsWith(body, StringComparison.Ordinal)
                    || rows.Any(r => r.NameNumber == number && (!r.Regional || InParagraph(text, map[i], r.Context))))
                {
                    continue;
                }

                var row = rows.Where(r => !r.Regional).OrderByDescending(r => r.Current).FirstOrDefault();
                if (row is null)
                {
                    continue;
                }

                var start = map[ns];
                var end = map[i + body.Length] + 1;
                boundaries ??= new TokenBoundaries(context, _segmenter);
                if (!boundaries.IsEnd(end) || taken.Exists(t => t.Start < end && start < t.End))
                {
                    continue;
                }

                var quoted = (start > 0 && WordingText.IsOpeningQuote(text[start - 1])) || (end < text.Length && WordingText.IsClosingQuote(text[end]));
                if (GenericBodies.Contains(body) && !quoted)
                {
                    continue;
                }

                taken.Add((start, end));
                var members = row.Members.Length > 0 ? $"（{string.Join('、', row.Members)}）" : string.Empty;
                var written = context.Normalized.OriginalSlice(start, end - start);
                if (row.Verified || row.NameNumber == row.Count)
                {
                    sink.Add(start, end - start, WrongNumber, $"重要表述数字错误：“{written}”应为“{row.Name}”{members}。", [row.Name], shortMessage: "重要表述错误");
                }
                else
                {
                    sink.Add(start, end - start, WrongNumber, $"重要表述数字疑似错误：“{written}”，规范表述为“{row.Name}”，请人工核实。", severity: Severity.Major, shortMessage: "重要表述待核实");
                }

                break;
            }
        }
    }

    private void FindEnumerationsAndSuffixes(DetectionContext context, FindingSink sink, string compact, int[] map)
    {
        foreach (var group in _byName)
        {
            var name = group.Key;
            var rows = group.Value;
            for (var at = compact.IndexOf(name, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var after = at + name.Length;
                if (CheckSuffix(sink, compact, map, rows[0], after))
                {
                    continue;
                }

                var withMembers = rows.Where(r => r.Members.Length > 0).ToArray();
                if (withMembers.Length == 0)
                {
                    continue;
                }

                var backward = BackwardList(compact, at);
                foreach (var (start, end, items, isBackward) in new[] { Tag(ForwardList(compact, after), false), Tag(backward, true) })
                {
                    if (items is null || items.Count < 2)
                    {
                        continue;
                    }

                    // A list before the name must end with one of its members (以经济建设为中心、坚持“四项基本原则” is not one).
                    if (isBackward && !withMembers.Any(r => r.Members.Any(mb => items[^1].Contains(mb, StringComparison.Ordinal))))
                    {
                        continue;
                    }

                    // Correct when it matches any row of the name (the current or a historical wording).
                    var verdicts = withMembers.Select(r => (Row: r, Problem: Compare(r, items))).ToList();
                    if (verdicts.Exists(v => v.Problem == string.Empty) || !verdicts.Exists(v => v.Problem is not null))
                    {
                        continue;
                    }

                    var (row, problem) = verdicts.Where(v => v.Problem is not null).OrderByDescending(v => v.Row.Current).First();
                    var s = map[start];
                    var e = map[end - 1] + 1;
                    var canon = string.Join('、', row.Members);
                    if (row.Verified)
                    {
                        sink.Add(s, e - s, WrongMembers, $"重要表述列举错误：{problem}。规范表述为：{canon}。", [canon], shortMessage: "重要表述错误");
                    }
                    else
                    {
                        sink.Add(s, e - s, WrongMembers, $"重要表述列举疑似有误：{problem}（参考：{canon}），请人工核实。", severity: Severity.Major, shortMessage: "重要表述待核实");
                    }
                }
            }
        }

        static (int, int, List<string>?, bool) Tag((int Start, int End, List<string>? Items) list, bool backward) => (list.Start, list.End, list.Items, backward);
    }

    private bool CheckSuffix(FindingSink sink, string compact, int[] map, NumberedFormulation row, int after)
    {
        if (row.Suffix.Length == 0 || !row.SuffixVerified)
        {
            return false;
        }

        foreach (var s in _suffixes)
        {
            if (s != row.Suffix && s.Length >= 2 && row.Suffix.EndsWith(s[^2..], StringComparison.Ordinal) && compact.AsSpan(after).StartsWith(s, StringComparison.Ordinal))
            {
                var start = map[after];
                var end = map[after + s.Length - 1] + 1;
                sink.Add(start, end - start, WrongSuffix, $"固定搭配错误：应为“{row.Name}”{row.Suffix}，不是“{s}”。", [row.Suffix], shortMessage: "重要表述错误");
                return true;
            }
        }

        return false;
    }

    /// <summary>An enumeration right after the name: “四个自信”，即道路自信、理论自信…; “四个意识”（政治意识、…）.</summary>
    private (int Start, int End, List<string>? Items) ForwardList(string compact, int after)
    {
        var i = after;
        foreach (var s in _suffixes)
        {
            if (compact.AsSpan(i).StartsWith(s, StringComparison.Ordinal))
            {
                i += s.Length;
                break;
            }
        }

        if (i < compact.Length && compact[i] == ',')
        {
            i++;
        }

        var rest = compact.AsSpan(i);
        if (rest.StartsWith("即", StringComparison.Ordinal) || rest.StartsWith(":", StringComparison.Ordinal) || rest.StartsWith("(", StringComparison.Ordinal))
        {
            i++;
        }
        else if (rest.StartsWith("就是", StringComparison.Ordinal) || rest.StartsWith("包括", StringComparison.Ordinal))
        {
            i += 2;
        }
        else
        {
            return (0, 0, null);
        }

        var start = i;
        while (start < compact.Length && compact[start] is ',' or ':')
        {
            start++;
        }

        var end = start;
        while (end < compact.Length && compact[end] is not ('。' or ';' or ')' or '等' or '\n'))
        {
            end++;
        }

        return (start, end, Split(compact, start, end));
    }

    /// <summary>An enumeration right before the name: 道路自信、理论自信、制度自信、文化自信“四个自信”.</summary>
    private static (int Start, int End, List<string>? Items) BackwardList(string compact, int at)
    {
        var end = at;
        while (end > 0 && at - end < 2 && compact[end - 1] is '的' or '等' or '这' or '即')
        {
            end--;
        }

        var start = end;
        while (start > 0 && compact[start - 1] is not (',' or '。' or ';' or ':' or '(' or '（' or ')' or '）' or '\n'))
        {
            start--;
        }

        if (end <= start || !compact.AsSpan(start, end - start).Contains('、'))
        {
            return (0, 0, null);
        }

        return (start, end, Split(compact, start, end));
    }

    private static List<string>? Split(string compact, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var items = compact[start..end].Split('、', ',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return items.Count < 2 || items.Exists(s => s.Length > 40) ? null : items;
    }

    /// <summary>"" when the items are exactly the row's members; null when they are not an enumeration of it at all; else what is wrong.</summary>
    private static string? Compare(NumberedFormulation row, List<string> items)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var listed = 0;
        var unmatched = new List<string>();
        foreach (var item in items)
        {
            var hits = row.Members.Where(m => item.Contains(m, StringComparison.Ordinal) || (item.Length >= 2 && m.Contains(item, StringComparison.Ordinal))).ToList();
            if (hits.Count == 0)
            {
                unmatched.Add(item);
                listed++;
            }
            else
            {
                listed += hits.Count(h => item.Contains(h, StringComparison.Ordinal)) > 1 ? hits.Count : 1;
                matched.UnionWith(hits);
            }
        }

        if (matched.Count == 0)
        {
            return null;
        }

        if (listed == row.Count && unmatched.Count == 0 && matched.Count == row.Count)
        {
            return string.Empty;
        }

        return listed != row.Count
            ? $"列举了{listed}项，“{row.Name}”应为{row.Count}项"
            : unmatched.Count > 0 ? $"“{string.Join('、', unmatched)}”不属于“{row.Name}”" : "列举内容有重复或遗漏";
    }
}
