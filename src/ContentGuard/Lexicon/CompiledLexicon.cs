using System.Globalization;
using ContentGuard.Data;

namespace ContentGuard.Lexicon;

/// <summary>
/// Everything the lexicon detector needs, built once per engine from lexicon tables: the term automaton with each key's
/// entries, the allow-list automaton (global <c>*.allow.tsv</c> entries and per-entry <c>allow</c> strings), the context
/// cues, the rules and the data versions. Immutable.
/// </summary>
internal sealed class CompiledLexicon
{
    /// <summary>Scope of an allow-list string that applies to every term.</summary>
    public const int GlobalScope = -1;

    private CompiledLexicon(
        IReadOnlyList<LexiconEntry> entries,
        LexiconAutomaton terms,
        int[][] entriesOfKey,
        LexiconAutomaton allow,
        int[][] scopesOfAllowKey,
        LexiconAutomaton cues,
        int[] windowOfCueKey,
        IReadOnlyList<RuleDescriptor> rules,
        IReadOnlyDictionary<string, string> versions)
    {
        Entries = entries;
        Terms = terms;
        EntriesOfKey = entriesOfKey;
        Allow = allow;
        ScopesOfAllowKey = scopesOfAllowKey;
        Cues = cues;
        WindowOfCueKey = windowOfCueKey;
        Rules = rules;
        Versions = versions;
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public LexiconAutomaton Terms { get; }

    /// <summary>For each key of <see cref="Terms"/>, the indices of its entries.</summary>
    public int[][] EntriesOfKey { get; }

    public LexiconAutomaton Allow { get; }

    /// <summary>For each key of <see cref="Allow"/>: <see cref="GlobalScope"/> or the term keys it un-flags.</summary>
    public int[][] ScopesOfAllowKey { get; }

    public LexiconAutomaton Cues { get; }

    public int[] WindowOfCueKey { get; }

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    public IReadOnlyDictionary<string, string> Versions { get; }

    /// <summary>The kind of a lexicon table, by its columns: <c>cue</c> → context, <c>category</c> → terms, else allow-list.</summary>
    public static LexiconFileKind KindOf(TsvTable table) =>
        table.HasColumn("cue") ? LexiconFileKind.Context
        : table.HasColumn("category") ? LexiconFileKind.Terms
        : table.HasColumn("term") ? LexiconFileKind.Allow
        : throw new FormatException($"{table.Name}: a lexicon needs a header row with 'term' and 'category' (terms), 'term' (allow-list) or 'cue' (context) columns.");

    /// <summary>True for an embedded resource the lexicon detector loads: <c>lexicons/*.lex.tsv</c>, <c>*.allow.tsv</c>, <c>context.tsv</c>.</summary>
    public static bool IsLexiconResource(string name) =>
        name.StartsWith("lexicons/", StringComparison.Ordinal)
        && name.IndexOf('/', "lexicons/".Length) < 0
        && (name.EndsWith(".lex.tsv", StringComparison.Ordinal) || name.EndsWith(".allow.tsv", StringComparison.Ordinal) || name.EndsWith("context.tsv", StringComparison.Ordinal));

    public static CompiledLexicon Build(IEnumerable<TsvTable> tables, CharClasses classes)
    {
        var entries = new List<LexiconEntry>();
        var globalAllow = new List<string>();
        var cues = new List<ContextCue>();
        var rules = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            versions[Path.GetFileName(table.Name)] = table.Version;
            switch (KindOf(table))
            {
                case LexiconFileKind.Terms:
                    ReadTerms(table, entries, rules);
                    break;
                case LexiconFileKind.Allow:
                    globalAllow.AddRange(table.Rows.Select(r => r["term"]).Where(t => t.Length > 0));
                    break;
                default:
                    ReadCues(table, cues);
                    break;
            }
        }

        var termAutomaton = LexiconAutomatonBuilder.Build([.. entries.Select(e => e.Term)], classes, out var keyOfEntry);
        var entriesOfKey = GroupByKey(keyOfEntry, termAutomaton.Keys.Count);

        // Allow strings: global ones, then each entry's own (scoped to the entry's key).
        var allowTexts = new List<string>(globalAllow);
        var allowScopes = new List<int>(Enumerable.Repeat(GlobalScope, globalAllow.Count));
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var a in entries[e].Allow)
            {
                if (keyOfEntry[e] >= 0)
                {
                    allowTexts.Add(a);
                    allowScopes.Add(keyOfEntry[e]);
                }
            }
        }

        var allowAutomaton = LexiconAutomatonBuilder.Build(allowTexts, classes, out var keyOfAllow, pinyin: false);
        var scopes = new List<int>[allowAutomaton.Keys.Count];
        for (var i = 0; i < allowTexts.Count; i++)
        {
            if (keyOfAllow[i] >= 0)
            {
                var list = scopes[keyOfAllow[i]] ??= [];
                if (!list.Contains(allowScopes[i]))
                {
                    list.Add(allowScopes[i]);
                }
            }
        }

        var cueAutomaton = LexiconAutomatonBuilder.Build([.. cues.Select(c => c.Cue)], classes, out var keyOfCue, pinyin: false);
        var windows = new int[cueAutomaton.Keys.Count];
        for (var i = 0; i < cues.Count; i++)
        {
            if (keyOfCue[i] >= 0)
            {
                windows[keyOfCue[i]] = Math.Max(windows[keyOfCue[i]], cues[i].Window);
            }
        }

        return new CompiledLexicon(
            entries, termAutomaton, entriesOfKey, allowAutomaton, [.. scopes.Select(s => s?.ToArray() ?? [])], cueAutomaton, windows,
            [.. rules.Values], versions);
    }

    private static int[][] GroupByKey(int[] keyOfEntry, int keyCount)
    {
        var lists = new List<int>?[keyCount];
        for (var e = 0; e < keyOfEntry.Length; e++)
        {
            if (keyOfEntry[e] >= 0)
            {
                (lists[keyOfEntry[e]] ??= []).Add(e);
            }
        }

        return [.. lists.Select(l => l?.ToArray() ?? [])];
    }

    private static void ReadTerms(TsvTable table, List<LexiconEntry> entries, Dictionary<string, RuleDescriptor> rules)
    {
        foreach (var row in table.Rows)
        {
            var term = row.Required("term");
            var categoryId = row.Required("category");
            if (!Category.TryGet(categoryId, out var category))
            {
                throw new FormatException($"{table.Name}:{row.LineNumber}: unknown category '{categoryId}' (valid: {string.Join(", ", Category.All.Select(c => c.Id))}).");
            }

            var severity = ParseSeverity(row["severity"], category.DefaultSeverity, table.Name, row.LineNumber);
            var note = row["note"];
            var ruleId = row["rule"];
            if (ruleId.Length == 0)
            {
                ruleId = "LEX_" + category.Id;
            }

            if (!rules.TryGetValue(ruleId, out var rule))
            {
                var description = note.Length > 0 ? note : $"词库命中：{category.Name}";
                rules[ruleId] = rule = new RuleDescriptor(ruleId, description, category, severity, category == Category.Advertising ? "style" : "uncategorized");
            }
            else if (rule.Category != category)
            {
                throw new FormatException($"{table.Name}:{row.LineNumber}: rule '{ruleId}' is already used for category {rule.Category.Id}.");
            }

            entries.Add(new LexiconEntry(term, rule, severity, row.List("replacements"), note, row.List("tags"), row.List("allow"), table.Name));
        }
    }

    private static void ReadCues(TsvTable table, List<ContextCue> cues)
    {
        foreach (var row in table.Rows)
        {
            var cue = row.Required("cue");
            var effect = row["effect"];
            if (effect.Length > 0 && !string.Equals(effect, "lower", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException($"{table.Name}:{row.LineNumber}: unknown effect '{effect}' (valid: lower).");
            }

            var window = 20;
            if (row["window"] is { Length: > 0 } w && !int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out window))
            {
                throw new FormatException($"{table.Name}:{row.LineNumber}: window '{w}' is not a number.");
            }

            cues.Add(new ContextCue(cue, window));
        }
    }

    private static Severity ParseSeverity(string value, Severity fallback, string table, int line) => value.ToLowerInvariant() switch
    {
        "" => fallback,
        "critical" => Severity.Critical,
        "major" => Severity.Major,
        "minor" => Severity.Minor,
        _ => throw new FormatException($"{table}:{line}: unknown severity '{value}' (valid: critical, major, minor)."),
    };
}

/// <summary>What a lexicon file holds.</summary>
internal enum LexiconFileKind
{
    /// <summary>Terms to flag (<c>*.lex.tsv</c>).</summary>
    Terms,

    /// <summary>Spans that must not be flagged (<c>*.allow.tsv</c>).</summary>
    Allow,

    /// <summary>Context cues that lower a hit's severity (<c>context.tsv</c>).</summary>
    Context,
}
