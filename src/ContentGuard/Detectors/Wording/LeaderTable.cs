using System.Collections.Frozen;
using ContentGuard.Data;

namespace ContentGuard.Detectors.Wording;

/// <summary>One post held by one person (a row of lexicons/leaders.tsv).</summary>
internal sealed record LeaderPost(string Name, string Title, string FullTitle, DateOnly From, DateOnly? To, string Status, bool Verified)
{
    /// <summary>Official order within the Standing Committee of that term (1 = first); 0 for other posts.</summary>
    public int Rank { get; init; }

    /// <summary>The end date as written in the table (its precision: 2023-03 or 2023-03-10).</summary>
    public string ToText { get; init; } = string.Empty;

    /// <summary>True when the person held the post on <paramref name="date"/>.</summary>
    public bool HeldOn(DateOnly date) => From <= date && (To is null || date <= To.Value);

    /// <summary>True when the person held the post at some time in <paramref name="year"/>.</summary>
    public bool HeldIn(int year) => From.Year <= year && (To is null || To.Value.Year >= year);
}

/// <summary>A wrong or non-standard title form (lexicons/leader_titles.tsv, kind error or style).</summary>
internal sealed record TitleError(string Wrong, string[] Right, bool Style, bool Verified, string Note, string Context);

/// <summary>
/// The leader knowledge tables: lexicons/leaders.tsv (who held which post when), leader_deaths.tsv and
/// leader_titles.tsv (wrong title forms, accepted synonyms, the official order of 习近平's three titles).
/// Loaded once per engine from the embedded resources plus any user table with the same columns.
/// </summary>
internal sealed class LeaderTable
{
    /// <summary>National posts with one holder at a time whose holders the table lists completely; a known person under such a title they never held is a mismatch.</summary>
    private static readonly FrozenSet<string> CompleteTitles = FrozenSet.Create(StringComparer.Ordinal,
        "国家主席", "国家副主席", "国务院总理", "全国人大常委会委员长", "全国政协主席", "中共中央总书记", "中央军委主席", "中央纪委书记");

    /// <summary>
    /// Posts whose holders count as top leaders: their names are checked for near misses without any title beside them.
    /// 中央政治局常委 alone is not enough: 何国强 (a common name) is one homophone away from 贺国强.
    /// </summary>
    private static readonly FrozenSet<string> TopTitles = FrozenSet.Create(StringComparer.Ordinal,
        "国家主席", "国家副主席", "国务院总理", "全国人大常委会委员长", "全国政协主席", "中共中央总书记", "中央军委主席", "中共中央主席");

    private LeaderTable(
        FrozenDictionary<string, LeaderPost[]> byName,
        FrozenDictionary<string, LeaderPost[]> byTitle,
        FrozenDictionary<string, (DateOnly Died, bool Verified)> deaths,
        FrozenDictionary<string, string> titleForms,
        IReadOnlyList<TitleError> errors,
        IReadOnlyList<string[]> orders,
        IReadOnlyDictionary<string, string> versions)
    {
        ByName = byName;
        ByTitle = byTitle;
        Deaths = deaths;
        TitleForms = titleForms;
        Errors = errors;
        Orders = orders;
        Versions = versions;
        Names = [.. byName.Keys.OrderBy(n => n, StringComparer.Ordinal)];
    }

    /// <summary>Posts per person.</summary>
    public FrozenDictionary<string, LeaderPost[]> ByName { get; }

    /// <summary>Posts per canonical title.</summary>
    public FrozenDictionary<string, LeaderPost[]> ByTitle { get; }

    public FrozenDictionary<string, (DateOnly Died, bool Verified)> Deaths { get; }

    /// <summary>Every written form of a title (canonical, full, accepted synonym) → its canonical title.</summary>
    public FrozenDictionary<string, string> TitleForms { get; }

    public IReadOnlyList<TitleError> Errors { get; }

    /// <summary>Canonical title sequences (中共中央总书记、国家主席、中央军委主席), as lists of title forms.</summary>
    public IReadOnlyList<string[]> Orders { get; }

    public IReadOnlyDictionary<string, string> Versions { get; }

    /// <summary>Every person's name, sorted.</summary>
    public IReadOnlyList<string> Names { get; }

    public static bool IsCompleteTitle(string title) => CompleteTitles.Contains(title);

    /// <summary>True when the person held a top post (so a near miss of the name needs no title beside it).</summary>
    public bool IsTopLeader(string name) => ByName.TryGetValue(name, out var posts) && posts.Any(p => TopTitles.Contains(p.Title));

    /// <summary>The person holding <paramref name="title"/> on <paramref name="date"/>, if the table knows one.</summary>
    public LeaderPost? HolderOn(string title, DateOnly date) =>
        ByTitle.TryGetValue(title, out var posts) ? posts.Where(p => p.HeldOn(date)).OrderByDescending(p => p.From).FirstOrDefault() : null;

    /// <summary>The table of an engine being built: loaded once, shared by every detector that needs it.</summary>
    public static LeaderTable For(ContentGuard.Pipeline.EngineSetup setup) => setup.Shared(s => Load(s.UserLexicons));

    public static LeaderTable Load(IEnumerable<TsvTable> userTables)
    {
        var leaders = new List<TsvTable> { EmbeddedData.ReadTable("lexicons/leaders.tsv") };
        var deaths = new List<TsvTable> { EmbeddedData.ReadTable("lexicons/leader_deaths.tsv") };
        var titles = new List<TsvTable> { EmbeddedData.ReadTable("lexicons/leader_titles.tsv") };
        foreach (var t in userTables)
        {
            // A user table is recognised by its columns (lexicons/FORMAT.md: columns are looked up by name).
            if (t.HasColumn("name") && t.HasColumn("title") && t.HasColumn("from"))
            {
                leaders.Add(t);
            }
            else if (t.HasColumn("name") && t.HasColumn("died"))
            {
                deaths.Add(t);
            }
            else if (t.HasColumn("wrong") && t.HasColumn("right") && t.HasColumn("kind"))
            {
                titles.Add(t);
            }
        }

        var posts = new List<LeaderPost>();
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in leaders.SelectMany(t => t.Rows))
        {
            var from = WordingText.ParseDate(row["from"], end: false);
            if (from is null)
            {
                continue;
            }

            var post = new LeaderPost(row.Required("name"), row.Required("title"), row["full_title"], from.Value,
                WordingText.ParseDate(row["to"], end: true), row["status"], IsYes(row["verified"]))
            {
                ToText = row["to"],
                Rank = int.TryParse(row["rank"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rank) ? rank : 0,
            };
            posts.Add(post);
            forms.TryAdd(post.Title, post.Title);
            if (post.FullTitle.Length > 0 && !post.FullTitle.Contains('、', StringComparison.Ordinal))
            {
                forms.TryAdd(post.FullTitle, post.Title);
            }
        }

        var died = new Dictionary<string, (DateOnly, bool)>(StringComparer.Ordinal);
        foreach (var row in deaths.SelectMany(t => t.Rows))
        {
            if (WordingText.ParseDate(row["died"], end: false) is { } d)
            {
                died[row.Required("name")] = (d, IsYes(row["verified"]));
            }
        }

        var errors = new List<TitleError>();
        var orders = new List<string[]>();
        foreach (var row in titles.SelectMany(t => t.Rows))
        {
            var wrong = row.Required("wrong");
            var right = row.List("right");
            switch (row["kind"])
            {
                case "ok":
                    if (right.Length > 0 && !wrong.Contains('、', StringComparison.Ordinal))
                    {
                        forms.TryAdd(wrong, forms.TryGetValue(right[0], out var canonical) ? canonical : right[0]);
                    }

                    break;
                case "order":
                    if (right.Length > 0)
                    {
                        var seq = right[0].Split('、');
                        if (!orders.Any(o => o.SequenceEqual(seq)))
                        {
                            orders.Add(seq);
                        }
                    }

                    break;
                case "error" or "style":
                    errors.Add(new TitleError(wrong, right, row["kind"] == "style", IsYes(row["verified"]), row["note"], row["context"]));
                    break;
            }
        }

        var versions = leaders.Concat(deaths).Concat(titles).GroupBy(t => Path.GetFileName(t.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Version, StringComparer.Ordinal);
        return new LeaderTable(
            posts.GroupBy(p => p.Name, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            posts.GroupBy(p => p.Title, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            died.ToFrozenDictionary(StringComparer.Ordinal),
            forms.ToFrozenDictionary(StringComparer.Ordinal),
            errors,
            orders,
            versions);
    }

    private static bool IsYes(string s) => string.Equals(s, "yes", StringComparison.OrdinalIgnoreCase);
}
