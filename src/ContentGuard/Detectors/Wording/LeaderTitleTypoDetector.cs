using System.Collections.Frozen;
using ContentGuard.Detection;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// A leader's title typed with a wrong character right beside the leader's name: 习近平总书纪, 李强总里, 赵乐际委员常,
/// 国家主度习近平, 中共中央总书纪、国家主席习近平. Only titles the person held (lexicons/leaders.tsv) are candidates, so
/// the correction is always one of their real titles; the wrong character must sound or look like the right one
/// (Unihan tables), and the window must not be a title form, a common dictionary word (出席 is not 主席 mistyped) or cut
/// through a word of the text. The name itself must be written correctly (a mistyped name is LEADER_NAME's).
/// </summary>
internal sealed class LeaderTitleTypoDetector : IDetector
{
    /// <summary>Short titles written after a name (习近平总书记, 李强总理): the endings of the canonical titles they stand for.</summary>
    private static readonly string[] ShortAfter = ["总书记", "副委员长", "委员长", "副总理", "总理", "副主席", "主席", "国务委员"];

    /// <summary>A window that is a dictionary word at least this frequent is a correct word, not a typo.</summary>
    private const int CommonWord = 100;

    private readonly LeaderTable _table;
    private readonly Segmenter _segmenter;

    /// <summary>Per name: the title forms that may follow it and those that may precede it, with the post they name.</summary>
    private readonly FrozenDictionary<string, (TitleCandidate[] After, TitleCandidate[] Before)> _candidates;

    /// <summary>Every exact title form, longest first (a chain 中共中央总书记、国家主席 is walked back over them).</summary>
    private readonly string[] _forms;

    /// <summary>Per name: the longer names that contain it (王岐山 is not a 王岐 + 山…; 李强 inside 李强国 is not 李强).</summary>
    private readonly FrozenDictionary<string, string[]> _longer;

    public LeaderTitleTypoDetector(LeaderTable table, Segmenter segmenter)
    {
        _table = table;
        _segmenter = segmenter;
        _forms = [.. table.TitleForms.Keys.Where(f => f.Length >= 2).OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)];
        var candidates = new Dictionary<string, (TitleCandidate[], TitleCandidate[])>(StringComparer.Ordinal);
        foreach (var (name, posts) in table.ByName)
        {
            var after = new List<TitleCandidate>();
            var before = new List<TitleCandidate>();
            foreach (var post in posts)
            {
                foreach (var s in ShortAfter)
                {
                    if (post.Title.EndsWith(s, StringComparison.Ordinal) && !post.Title.EndsWith("副" + s, StringComparison.Ordinal) && !after.Exists(c => c.Form == s))
                    {
                        after.Add(new TitleCandidate(s, post));
                    }
                }

                foreach (var (form, canonical) in table.TitleForms)
                {
                    if (canonical == post.Title && form.Length >= 3 && !before.Exists(c => c.Form == form))
                    {
                        before.Add(new TitleCandidate(form, post));
                    }
                }
            }

            // Longest first: 中共中央总书纪 is 中共中央总书记 mistyped, not 总书记 after 中共中央.
            candidates[name] = ([.. after.OrderByDescending(c => c.Form.Length)], [.. before.OrderByDescending(c => c.Form.Length).ThenBy(c => c.Form, StringComparer.Ordinal)]);
        }

        _candidates = candidates.ToFrozenDictionary(StringComparer.Ordinal);
        _longer = table.Names.ToFrozenDictionary(
            n => n,
            n => table.Names.Where(o => o.Length > n.Length && o.Contains(n, StringComparison.Ordinal)).ToArray(),
            StringComparer.Ordinal);
    }

    public static RuleDescriptor Typo { get; } = new(
        "LEADER_TITLE_TYPO", "领导人职务称谓写错（同音字、形近字）", Category.LeaderTitle, Severity.Critical, "misspelling");

    public string Name => "leader-title-typo";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Typo];

    public IReadOnlyDictionary<string, string> DataVersions => _table.Versions;

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var (compact, map) = context.Compact;
        TokenBoundaries? boundaries = null;
        foreach (var (name, (after, before)) in _candidates)
        {
            for (var at = compact.IndexOf(name, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (InsideLongerName(compact, at, name))
                {
                    continue;
                }

                boundaries ??= new TokenBoundaries(context, _segmenter);
                var end = at + name.Length;
                if (!boundaries.Aligned(map[at], map[end - 1] + 1))
                {
                    continue; // 小李强调: the name cuts through words of the text.
                }

                if (Find(compact, after, end, ahead: true) is { } a)
                {
                    Report(context, sink, boundaries, compact, map, end, a.Candidate, a.At);
                }

                // Right before the name (果务院总理李强: 总理 alone is a title form, so the whole window is tried first),
                // then before the exact titles of a chain (中共中央总书纪、国家主席习近平).
                if (Find(compact, before, at, ahead: false) is { } b)
                {
                    Report(context, sink, boundaries, compact, map, at - b.Candidate.Form.Length, b.Candidate, b.At);
                }
                else if (WalkBack(compact, at) is var edge && edge != at && Find(compact, before, edge, ahead: false) is { } c)
                {
                    Report(context, sink, boundaries, compact, map, edge - c.Candidate.Form.Length, c.Candidate, c.At);
                }
            }
        }
    }

    /// <summary>
    /// The candidate whose form is one alike character away from the window that starts (<paramref name="ahead"/>) or
    /// ends at <paramref name="edge"/>, with the index of that character in the form; none when the window is written right.
    /// </summary>
    private static (TitleCandidate Candidate, int At)? Find(string compact, TitleCandidate[] candidates, int edge, bool ahead)
    {
        foreach (var c in candidates)
        {
            var start = ahead ? edge : edge - c.Form.Length;
            if (start >= 0 && start + c.Form.Length <= compact.Length && compact.AsSpan(start, c.Form.Length).SequenceEqual(c.Form))
            {
                return null;
            }
        }

        foreach (var c in candidates)
        {
            var length = c.Form.Length;
            var start = ahead ? edge : edge - length;
            if (start < 0 || start + length > compact.Length)
            {
                continue;
            }

            var window = compact.AsSpan(start, length);
            var diff = -1;
            for (var i = 0; i < length; i++)
            {
                if (window[i] != c.Form[i])
                {
                    if (diff >= 0)
                    {
                        diff = -2;
                        break;
                    }

                    diff = i;
                }
            }

            if (diff >= 0 && WordingText.IsHan(window[diff]) && (CharData.SoundAlike(window[diff], c.Form[diff]) || CharData.LookAlike(window[diff], c.Form[diff])))
            {
                return (c, diff);
            }
        }

        return null;
    }

    private void Report(DetectionContext context, FindingSink sink, TokenBoundaries boundaries, string compact, int[] map, int start, TitleCandidate c, int i)
    {
        var window = compact.Substring(start, c.Form.Length);
        if (_table.TitleForms.ContainsKey(window) || _segmenter.WordFrequency(window) >= CommonWord)
        {
            return;
        }

        var from = map[start];
        var to = map[start + window.Length - 1] + 1;
        if (!boundaries.Aligned(from, to))
        {
            return;
        }

        var how = CharData.SoundAlike(window[i], c.Form[i]) ? "同音" : "形近";
        var written = context.Normalized.OriginalSlice(from, to - from);
        sink.Add(from, to - from, Typo,
            $"领导人职务称谓错误：“{written}”应为“{c.Form}”（“{window[i]}”与“{c.Form[i]}”{how}）。领导人职务写错属严重表述错误。",
            c.Post.Verified ? [c.Form] : [],
            severity: c.Post.Verified ? Severity.Critical : Severity.Major, confidence: 0.9, shortMessage: "职务称谓写错");
    }

    /// <summary>Where the titles before a name begin to be unknown: walks back over exact title forms and separators (、，, space).</summary>
    private int WalkBack(string compact, int at)
    {
        var p = at;
        while (true)
        {
            var q = p;
            while (q > 0 && compact[q - 1] is '、' or '，' or ',' or ' ')
            {
                q--;
            }

            var form = LongestFormEndingAt(compact, q);
            if (form is null)
            {
                // Separators only count between titles: 国家主席、习近平 is not a title chain.
                return p == at ? at : q;
            }

            p = q - form.Length;
        }
    }

    private string? LongestFormEndingAt(string compact, int end)
    {
        var before = compact.AsSpan(0, end);
        foreach (var f in _forms)
        {
            if (before.EndsWith(f, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return null;
    }

    private bool InsideLongerName(string compact, int at, string name)
    {
        foreach (var longer in _longer[name])
        {
            var offset = longer.IndexOf(name, StringComparison.Ordinal);
            if (at - offset >= 0 && compact.AsSpan(at - offset).StartsWith(longer, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A written form of one of the person's titles.</summary>
    private sealed record TitleCandidate(string Form, LeaderPost Post);
}
