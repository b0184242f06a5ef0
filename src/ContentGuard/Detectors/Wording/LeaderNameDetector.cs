using System.Collections.Frozen;
using ContentGuard.Detection;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// A state leader's name typed wrong: one character replaced by a homophone (习近评) or a look-alike (习近乎, 温家室), or
/// one character dropped or inserted. Names come from lexicons/leaders.tsv. A near miss of a top leader's three-char
/// name is flagged on its own; two-char names, insertions and deletions need a title beside the name (国务院总理李墙,
/// 习平总书记). A window that cuts through a word of the text (学习/近期) or is itself a dictionary word is ordinary text.
/// </summary>
internal sealed class LeaderNameDetector : IDetector
{
    private static readonly string[] TitleAfter = ["同志", "总书记", "主席", "总理", "委员长", "副主席", "副总理", "副委员长", "书记", "部长", "国务委员", "常委"];

    /// <summary>
    /// Words after a two-char name that only a national leader carries. 同志, 书记, 部长 and 常委 follow ordinary people's
    /// names too (王义同志, 李熙书记 are not 王毅, 李希 mistyped).
    /// </summary>
    private static readonly string[] NationalTitleAfter = ["总书记", "主席", "总理", "委员长", "副主席", "副总理", "副委员长", "国务委员"];

    private readonly LeaderTable _table;
    /// <summary>A window that is a dictionary word at least this frequent is a correct word, not a typo (习平 has 10, 险恶 477).</summary>
    private const int CommonWord = 100;

    private readonly Segmenter _segmenter;
    private readonly NearMissIndex _index;
    private readonly bool[] _contextFree;
    private readonly FrozenSet<string> _names;
    private readonly string[] _titlesBefore;
    private readonly string[][] _continuations;

    public LeaderNameDetector(LeaderTable table, FormulationTable formulations, Segmenter segmenter)
    {
        _table = table;
        _segmenter = segmenter;
        _index = new NearMissIndex(table.Names);
        _contextFree = [.. table.Names.Select(n => n.Length >= 3 && table.IsTopLeader(n))];
        _names = table.Names.ToFrozenSet(StringComparer.Ordinal);
        _titlesBefore = [.. table.TitleForms.Keys.Where(t => t.Length >= 2).OrderByDescending(t => t.Length)];

        // What follows a name inside the formulations (习近平 → 新时代…, 同志为核心…, 生态文明思想…): as good as a title.
        _continuations = [.. table.Names.Select(n => formulations.Items
            .Select(f => f.Text.IndexOf(n, StringComparison.Ordinal) is var at and >= 0 && at + n.Length + 2 <= f.Text.Length ? f.Text.Substring(at + n.Length, 2) : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray())];
    }

    public static RuleDescriptor NearMiss { get; } = new(
        "LEADER_NAME_NEAR_MISS", "国家领导人姓名写错（同音字、形近字、多字或漏字）", Category.LeaderName, Severity.Critical, "misspelling");

    public string Name => "leader-name";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [NearMiss];

    public IReadOnlyDictionary<string, string> DataVersions => _table.Versions;

    public IEnumerable<string> Vocabulary => _table.Names;

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var normalized = context.Normalized;
        var (compact, map) = context.Compact;
        var misses = _index.Find(compact);
        if (misses.Count == 0)
        {
            return;
        }

        TokenBoundaries? boundaries = null;
        var accepted = new List<(int Start, int End, NearMiss Miss)>();
        foreach (var m in misses.OrderBy(m => m.Start).ThenBy(m => m.Kind))
        {
            var name = _index.Pattern(m.Entry);
            var window = compact.Substring(m.Start, m.Length);
            if (_names.Contains(window) || !window.All(WordingText.IsHan))
            {
                continue;
            }

            var start = map[m.Start];
            var end = map[m.Start + m.Length - 1] + 1;
            // A top leader's name needs no title for a look-/sound-alike substitution or a doubled (alike) extra char.
            var typoLike = m.Kind == EditKind.Substitution
                || (m.Kind == EditKind.Insertion && (Alike(window[m.At], name[m.At - 1]) || Alike(window[m.At], name[m.At])));
            var needsContext = !typoLike || !_contextFree[m.Entry];
            if (m.Kind == EditKind.Substitution)
            {
                var c = name[m.At];
                var f = window[m.At];
                if (!CharData.SoundAlike(c, f) && !CharData.LookAlike(c, f))
                {
                    continue;
                }
            }

            if (needsContext && !HasTitle(normalized.Text, start, end, name.Length <= 2 ? NationalTitleAfter : TitleAfter) && !Continues(compact, m.Start + m.Length, m.Entry))
            {
                continue;
            }

            boundaries ??= new TokenBoundaries(context, _segmenter);
            if (!boundaries.Aligned(start, end) || _segmenter.WordFrequency(window) >= CommonWord || OverlapsName(compact, m.Start, m.Length))
            {
                continue;
            }

            if (accepted.Exists(a => a.Start < end && start < a.End))
            {
                continue;
            }

            accepted.Add((start, end, m));
            var written = normalized.OriginalSlice(start, end - start);
            var how = m.Kind switch
            {
                EditKind.Substitution => CharData.SoundAlike(name[m.At], window[m.At]) ? $"“{window[m.At]}”与“{name[m.At]}”同音" : $"“{window[m.At]}”与“{name[m.At]}”形近",
                EditKind.Insertion => $"多了“{window[m.At]}”字",
                _ => $"漏了“{name[m.At]}”字",
            };
            sink.Add(start, end - start, NearMiss,
                $"领导人姓名错误：“{written}”应为“{name}”（{how}）。领导人姓名写错属严重表述错误。",
                [name], confidence: m.Kind == EditKind.Substitution ? 0.9 : 0.8, shortMessage: "领导人姓名错误");
        }
    }

    private static bool Alike(char a, char b) => a == b || CharData.SoundAlike(a, b) || CharData.LookAlike(a, b);

    /// <summary>True when the compact text after the window continues a formulation that starts with the name (习近平新时代…).</summary>
    private bool Continues(string compact, int end, int entry)
    {
        var after = compact.AsSpan(end);
        foreach (var c in _continuations[entry])
        {
            if (after.StartsWith(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a known title ends right before the span or a title word starts right after it.</summary>
    private bool HasTitle(string text, int start, int end, string[] titlesAfter)
    {
        var b = start;
        while (b > 0 && (text[b - 1] == ' ' || WordingText.IsQuote(text[b - 1])))
        {
            b--;
        }

        var before = text.AsSpan(0, b);
        foreach (var t in _titlesBefore)
        {
            if (before.EndsWith(t, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var after = text.AsSpan(end).TrimStart(' ');
        foreach (var t in titlesAfter)
        {
            if (after.StartsWith(t, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the window shares chars with an exact occurrence of a leader's name (习近平平 is not a typo of 习近平 around the real name).</summary>
    private bool OverlapsName(string compact, int start, int length)
    {
        var from = Math.Max(0, start - 3);
        var to = Math.Min(compact.Length, start + length + 3);
        var around = compact.AsSpan(from, to - from);
        foreach (var n in _names)
        {
            var at = around.IndexOf(n, StringComparison.Ordinal);
            if (at >= 0 && from + at < start + length && start < from + at + n.Length)
            {
                return true;
            }
        }

        return false;
    }
}
