using ContentGuard.Data;
using ContentGuard.Detection;
using ContentGuard.Lexicon;
using ContentGuard.Normalization;
using ContentGuard.Pipeline;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Lexicon;

/// <summary>
/// Lexicon hits: every embedded <c>lexicons/*.lex.tsv</c> (SENSITIVE, ADVERTISING, BANNED_TERM, SOVEREIGNTY… by each
/// row's category) plus the user's lexicons, found by one evasion-aware automaton over the normalized text. A hit is
/// dropped when an allow-list span covers it (embedded or user <c>*.allow.tsv</c>, the entry's <c>allow</c> column,
/// and, through the pipeline, <see cref="CheckOptions.Allowlist"/>), when a short Chinese term (≤ 2 chars) cuts across the segmenter's words
/// (性交 in 性/交往), or when a <c>context-only</c> row lacks its context (<see cref="ContextOnlyRules"/>); and lowered to
/// minor when a context cue stands near a SENSITIVE hit (禁毒宣传中介绍冰毒).
/// </summary>
internal sealed class LexiconDetector : IDetector
{
    private const int ShortTerm = 2;

    private readonly CompiledLexicon _lexicon;
    private readonly CharClasses _classes;

    public LexiconDetector(CompiledLexicon lexicon, CharClasses classes)
    {
        _lexicon = lexicon;
        _classes = classes;
    }

    public string Name => "lexicon";

    public IReadOnlyList<RuleDescriptor> Rules => _lexicon.Rules;

    public IReadOnlyDictionary<string, string> DataVersions => _lexicon.Versions;

    internal CompiledLexicon Lexicon => _lexicon;

    /// <summary>The detector of <see cref="ContentCheckerBuilder.UseDefaults"/>: the embedded lexicons plus the user's.</summary>
    public static LexiconDetector Create(EngineSetup setup)
    {
        var tables = EmbeddedData.Names.Where(CompiledLexicon.IsLexiconResource).Select(EmbeddedData.ReadTable).Concat(setup.UserLexicons);
        var classes = new CharClasses(setup.Normalizer);
        return new LexiconDetector(CompiledLexicon.Build(tables, classes), classes);
    }

    /// <summary>A detector over the given tables only (tests, tools).</summary>
    public static LexiconDetector FromTables(IEnumerable<TsvTable> tables, Normalizer normalizer)
    {
        var classes = new CharClasses(normalizer);
        return new LexiconDetector(CompiledLexicon.Build(tables, classes), classes);
    }

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var normalized = context.Normalized;
        var text = normalized.Text.AsSpan();
        var hits = new List<LexiconMatch>();
        _lexicon.Terms.FindAllEvasive(text, normalized.NoiseMask, hits);
        if (hits.Count == 0)
        {
            return;
        }

        var allowed = AllowedSpans(context);
        List<LexiconMatch>? cues = null;
        foreach (var hit in hits)
        {
            if (IsAllowed(hit, allowed) || CutsAcrossWords(hit, context))
            {
                continue;
            }

            foreach (var e in _lexicon.EntriesOfKey[hit.Key])
            {
                var entry = _lexicon.Entries[e];
                if (!ContextOnlyRules.Fires(entry, hit, context))
                {
                    continue;
                }

                var severity = entry.Severity;
                var lowered = false;
                if (entry.Category == Category.Sensitive && severity > Severity.Minor && _lexicon.Cues.Keys.Count > 0)
                {
                    if (cues is null)
                    {
                        cues = [];
                        _lexicon.Cues.FindAll(text, cues);
                    }

                    if (HasCue(hit, cues, context))
                    {
                        severity = Severity.Minor;
                        lowered = true;
                    }
                }

                sink.Add(hit.Start, hit.Length, entry.Rule, Message(entry, normalized.OriginalSlice(hit.Start, hit.Length), hit.Exact, lowered),
                    entry.Replacements, severity, confidence: hit.Exact ? 1.0 : 0.9, shortMessage: entry.Category.Name);
            }
        }
    }

    private static string Unquoted(string text) => text.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal).Replace("\"", string.Empty, StringComparison.Ordinal);

    private static string Message(LexiconEntry entry, string found, bool exact, bool lowered)
    {
        // "“北朝鲜”：新华社禁用词：应使用“朝鲜”" — the found text first, then the note; the replacement is added only
        // when the note does not already name it.
        var message = entry.Note.Length > 0 ? $"“{found}”：{entry.Note.TrimEnd('。')}" : $"含有{entry.Category.Name}词“{found}”";
        if (!exact)
        {
            message += $"（变形写法，即“{entry.Term}”）";
        }

        if (entry.Replacements.Length > 0 && !Unquoted(entry.Note).Contains(Unquoted(entry.Replacements[0]), StringComparison.Ordinal))
        {
            message += $"，建议改为“{entry.Replacements[0]}”";
        }

        if (lowered)
        {
            message += "。上下文显示为执法、宣传等正当用途，请人工确认";
        }

        return message;
    }

    /// <summary>Spans that un-flag hits: (start, end, scope) from the allow automaton (the per-request allow-list is applied by the pipeline to every detector).</summary>
    private List<(int Start, int End, int Scope)> AllowedSpans(DetectionContext context)
    {
        var spans = new List<(int, int, int)>();
        var normalized = context.Normalized;
        if (_lexicon.Allow.Keys.Count > 0)
        {
            var found = new List<LexiconMatch>();
            _lexicon.Allow.FindAllEvasive(normalized.Text, normalized.NoiseMask, found);
            foreach (var m in found)
            {
                foreach (var scope in _lexicon.ScopesOfAllowKey[m.Key])
                {
                    spans.Add((m.Start, m.End, scope));
                }
            }
        }

        return spans;
    }

    private static bool IsAllowed(LexiconMatch hit, List<(int Start, int End, int Scope)> allowed)
    {
        foreach (var (start, end, scope) in allowed)
        {
            if (start <= hit.Start && hit.End <= end && (scope == CompiledLexicon.GlobalScope || scope == hit.Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a short Chinese term's exact hit partially overlaps a word of the segmentation (他/妈妈, 性/交往).</summary>
    private static bool CutsAcrossWords(LexiconMatch hit, DetectionContext context)
    {
        if (!hit.Exact || hit.Length > ShortTerm || CharClasses.IsLatinAlnum(context.Normalized[hit.Start]))
        {
            return false;
        }

        var tokens = context.Tokens;
        int lo = 0, hi = tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= hit.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < tokens.Count && tokens[i].Start < hit.End; i++)
        {
            var t = tokens[i];
            var partial = (t.Start < hit.Start && hit.Start < t.End && t.End < hit.End)
                || (hit.Start < t.Start && t.Start < hit.End && hit.End < t.End);
            if (partial)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasCue(LexiconMatch hit, List<LexiconMatch> cues, DetectionContext context)
    {
        var sentence = context.SentenceIndexOf(hit.Start);
        foreach (var cue in cues)
        {
            if (cue.End <= hit.Start ? hit.Start - cue.End <= _lexicon.WindowOfCueKey[cue.Key]
                : cue.Start >= hit.End && cue.Start - hit.End <= _lexicon.WindowOfCueKey[cue.Key])
            {
                if (context.SentenceIndexOf(cue.Start) == sentence)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
