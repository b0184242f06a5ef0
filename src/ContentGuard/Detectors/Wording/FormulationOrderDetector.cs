using ContentGuard.Detection;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// A fixed enumeration written with its members out of the official order: 富强、文明、民主、和谐 (社会主义核心价值观),
/// 创新、绿色、协调、开放、共享 (新发展理念), 牢记使命、不忘初心. The lists are the formulations of lexicons/formulations.tsv
/// that are enumerations (members joined by 、) and the member lists of lexicons/numbered.tsv. A clause's enumeration is
/// reported only when it is exactly the members, each once, joined by 、: the first may be preceded and the last followed
/// by other words (坚持创新、…、共享的新发展理念), so a partial or longer list is never "reordered".
/// </summary>
internal sealed class FormulationOrderDetector : IDetector
{
    private readonly FormulationTable _formulations;
    private readonly NumberedTable _numbered;
    private readonly OrderedList[] _lists;

    public FormulationOrderDetector(FormulationTable formulations, NumberedTable numbered)
    {
        _formulations = formulations;
        _numbered = numbered;
        var lists = new List<OrderedList>();
        foreach (var f in formulations.Items)
        {
            Add(lists, f.Text.Split('、'), f.Verified, null);
        }

        foreach (var n in numbered.Items)
        {
            Add(lists, n.Members, n.Verified, n.Name);
        }

        _lists = [.. lists];
    }

    public static RuleDescriptor Order { get; } = new(
        "FORMULATION_ORDER", "重要表述列举顺序错误", Category.Formulation, Severity.Critical, "inconsistency");

    public string Name => "formulation-order";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Order];

    public IReadOnlyDictionary<string, string> DataVersions =>
        new Dictionary<string, string>(_formulations.Versions) { ["numbered.tsv"] = _numbered.Version };

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var (compact, map) = context.Compact;
        var clause = 0;
        while (clause < compact.Length)
        {
            var end = clause;
            while (end < compact.Length && !IsClauseBreak(compact[end]))
            {
                end++;
            }

            if (compact.AsSpan(clause, end - clause).Contains('、'))
            {
                CheckClause(compact, map, Pieces(compact, clause, end), sink);
            }

            clause = end + 1;
        }
    }

    /// <summary>Reports the clause's enumeration (its pieces between 、) when it is a known list out of order; at most once.</summary>
    private void CheckClause(string compact, int[] map, List<(int Start, int End)> pieces, FindingSink sink)
    {
        foreach (var list in _lists)
        {
            // The whole enumeration of the clause, not a window of a longer one (文明、富强、民主、和谐、美丽 is another list).
            if (list.Items.Length != pieces.Count || Match(compact, pieces, list) is not { } span)
            {
                continue;
            }

            var start = map[span.Start];
            var end = map[span.End - 1] + 1;
            var canon = string.Join('、', list.Items);
            var of = list.Name is null ? string.Empty : $"（“{list.Name}”的规范顺序）";
            if (list.Verified && list.Items.Length == 2)
            {
                // A reversed two-part slogan (牢记使命、不忘初心) is non-standard but not attested as an error in official
                // prose either way: a review with the official order.
                sink.Add(start, end - start, Order, $"重要表述顺序不规范：规范表述为“{canon}”{of}。", [canon], severity: Severity.Major, shortMessage: "重要表述顺序不规范");
            }
            else if (list.Verified)
            {
                sink.Add(start, end - start, Order, $"重要表述顺序错误：应为“{canon}”{of}。", [canon], shortMessage: "重要表述顺序错误");
            }
            else
            {
                sink.Add(start, end - start, Order, $"重要表述顺序疑似有误：规范顺序可能为“{canon}”{of}，请人工核实。",
                    severity: Severity.Major, shortMessage: "重要表述顺序待核实");
            }

            return;
        }
    }

    /// <summary>
    /// The span <c>[Start, End)</c> of compact text where the pieces hold exactly the list's members in another
    /// order (the first piece ending with a member, the last starting with one, the others being members); null otherwise.
    /// </summary>
    private static (int Start, int End)? Match(string compact, List<(int Start, int End)> pieces, OrderedList list)
    {
        var n = list.Items.Length;
        var previous = -1;
        var reordered = false;
        var seen = 0UL;
        var start = 0;
        var end = 0;
        for (var k = 0; k < n; k++)
        {
            var (ps, pe) = pieces[k];
            var piece = compact.AsSpan(ps, pe - ps);
            var found = -1;
            for (var i = 0; i < n; i++)
            {
                var item = list.Items[i];
                var ok = k == 0 ? piece.EndsWith(item, StringComparison.Ordinal)
                    : k == n - 1 ? piece.StartsWith(item, StringComparison.Ordinal)
                    : piece.SequenceEqual(item);
                if (ok && (found < 0 || item.Length > list.Items[found].Length))
                {
                    found = i;
                }
            }

            if (found < 0 || (seen & (1UL << found)) != 0)
            {
                return null;
            }

            seen |= 1UL << found;
            reordered |= found < previous;
            previous = found;
            if (k == 0)
            {
                start = pe - list.Items[found].Length;
            }

            if (k == n - 1)
            {
                end = ps + list.Items[found].Length;
            }
        }

        return reordered ? (start, end) : null;
    }

    private static List<(int Start, int End)> Pieces(string compact, int from, int to)
    {
        var pieces = new List<(int, int)>();
        var s = from;
        for (var i = from; i <= to; i++)
        {
            if (i == to || compact[i] == '、')
            {
                pieces.Add((s, i));
                s = i + 1;
            }
        }

        return pieces;
    }

    private static bool IsClauseBreak(char c) => c is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '！' or '？' or '!' or '?' or '\n' or '\r' or '（' or '）' or '(' or ')';

    private static void Add(List<OrderedList> lists, string[] items, bool verified, string? name)
    {
        items = [.. items.Select(i => i.Trim())];
        if (items.Length < 2 || items.Length > 64 || items.Any(i => i.Length < 2 || IsPunctuated(i))
            || items.Distinct(StringComparer.Ordinal).Count() != items.Length
            || lists.Exists(l => l.Items.SequenceEqual(items)))
        {
            return;
        }

        lists.Add(new OrderedList(name, items, verified));
    }

    private static bool IsPunctuated(string item) => item.Any(c => IsClauseBreak(c) || c == '、');

    /// <summary>An enumeration in its official order.</summary>
    private sealed record OrderedList(string? Name, string[] Items, bool Verified);
}
