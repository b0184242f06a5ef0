using System.Globalization;
using System.Text.RegularExpressions;
using ContentGuard.Detection;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// The code rules of lexicons/sovereignty_patterns.md — wording that needs more than a fixed string (the plain terms
/// of sovereignty.lex.tsv are matched by the lexicon engine): T1 省省委书记, S1 台湾/香港/澳门 listed as countries,
/// S2 中华民国 and the 民国 calendar after 1949, S3 “台独” without quotes, S4 Taiwan institutions without quotes and 国立,
/// S5 international-law terms for cross-strait matters, S6 中国和台湾, S7 港澳台居民“来华”, S10 Taiwan bodies named 中华…,
/// S11 九二共识、一中各表.
/// </summary>
internal sealed partial class SovereigntyPatternDetector(Segmenter segmenter) : IDetector
{
    private const string TwItem = "中国台湾|中国香港|中国澳门|台湾省|台湾|香港|澳门|中华台北";

    /// <summary>Country names (short forms, as Xinhua writes them) used to recognise an international list (rule S1).</summary>
    private static readonly string[] Countries =
    [
        "美国", "日本", "韩国", "朝鲜", "英国", "法国", "德国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士", "瑞典", "挪威", "丹麦", "芬兰", "冰岛",
        "爱尔兰", "奥地利", "波兰", "捷克", "匈牙利", "希腊", "俄罗斯", "乌克兰", "白俄罗斯", "土耳其", "以色列", "伊朗", "伊拉克", "沙特", "沙特阿拉伯",
        "阿联酋", "卡塔尔", "埃及", "南非", "尼日利亚", "肯尼亚", "埃塞俄比亚", "印度", "巴基斯坦", "孟加拉国", "斯里兰卡", "尼泊尔", "新加坡", "马来西亚",
        "泰国", "越南", "老挝", "柬埔寨", "缅甸", "印度尼西亚", "印尼", "菲律宾", "文莱", "蒙古", "哈萨克斯坦", "乌兹别克斯坦", "澳大利亚", "新西兰", "加拿大",
        "墨西哥", "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚", "古巴", "委内瑞拉", "中国",
    ];

    private static readonly string[] TaiwanFigures = ["李登辉", "陈水扁", "马英九", "蔡英文", "赖清德"];
    private static readonly HashSet<string> VerifiedInstitutions = new(StringComparer.Ordinal) { "中央银行", "立法院", "清华大学", "故宫博物院", "中华台北" };

    public static RuleDescriptor DoubledTitle { get; } = new(
        "LEADER_TITLE_DOUBLED_PLACE", "“XX省省委书记”“XX市市委书记”应为“XX省委书记”“XX市委书记”（新华社禁用词）", Category.LeaderTitle, Severity.Major, "style");

    public static RuleDescriptor TaiwanAsCountry { get; } = new(
        "SOV_TW_AS_COUNTRY", "把台湾、香港、澳门与国家并列或称为国家（应写“国家和地区”）", Category.Sovereignty, Severity.Critical);

    public static RuleDescriptor RepublicOfChina { get; } = new(
        "SOV_ROC_AFTER_1949", "1949年以后使用“中华民国”或民国纪年", Category.Sovereignty, Severity.Critical);

    public static RuleDescriptor TaiduQuotes { get; } = new(
        "SOV_TAIDU_QUOTES", "“台独”“台湾独立”须加引号", Category.Sovereignty, Severity.Major, "typographical");

    public static RuleDescriptor TaiwanInstitution { get; } = new(
        "SOV_TW_INSTITUTION", "台湾地区机构名称中的“中央”“国立”等须加引号或删除", Category.Sovereignty, Severity.Critical);

    public static RuleDescriptor CrossStraitLaw { get; } = new(
        "SOV_CROSS_STRAIT_LAW", "两岸事务不得使用“文书验证”“司法协助”“引渡”等国际法用语", Category.Sovereignty, Severity.Major);

    public static RuleDescriptor ChinaAndRegion { get; } = new(
        "SOV_CHINA_AND_REGION", "把台湾、香港、澳门与“中国”并列", Category.Sovereignty, Severity.Major);

    public static RuleDescriptor ComingToChina { get; } = new(
        "SOV_COME_TO_CHINA", "港澳台居民“来华”“来国内”应写“来内地（大陆）”", Category.Sovereignty, Severity.Major);

    public static RuleDescriptor MainlandAbroad { get; } = new(
        "SOV_MAINLAND_IN_INTERNATIONAL_LIST", "国际场合与外国并列时应称“中国”，不称“中国大陆”“大陆”", Category.Sovereignty, Severity.Major);

    public static RuleDescriptor TaiwanBody { get; } = new(
        "SOV_TW_BODY_QUOTES", "台湾以“中华”“中国”开头的团体名称须加引号", Category.Sovereignty, Severity.Major, "typographical");

    public static RuleDescriptor OneChinaInterpretations { get; } = new(
        "SOV_92_CONSENSUS", "“九二共识”不得与“一中各表”并提", Category.Sovereignty, Severity.Critical);

    public string Name => "sovereignty-patterns";

    public IReadOnlyList<RuleDescriptor> Rules { get; } =
        [DoubledTitle, TaiwanAsCountry, RepublicOfChina, TaiduQuotes, TaiwanInstitution, CrossStraitLaw, ChinaAndRegion, ComingToChina, MainlandAbroad, TaiwanBody, OneChinaInterpretations];

    public IReadOnlyDictionary<string, string> DataVersions { get; } = new Dictionary<string, string> { ["sovereignty_patterns.md"] = "sovereignty-patterns-2026.11.27-1" };

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        if (text.Length < 3)
        {
            return;
        }

        DoubledPlace(text, sink);
        NinetyTwo(text, sink);
        ListedAsCountry(text, sink);
        Roc(context, sink);
        Taidu(context, sink);
        Institutions(text, sink);
        CrossStrait(context, sink);
        ChinaAnd(text, sink);
        ComeToChina(text, sink);
        MainlandInList(context, sink);
        Bodies(text, sink);
    }

    // S8
    private static void MainlandInList(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        foreach (Match m in MainlandItemPattern().Matches(text))
        {
            var s = context.SentenceIndexOf(m.Index);
            var range = s >= 0 ? context.Sentences[s] : new TextRange(0, text.Length);
            var sentence = text.AsSpan(range.Start, range.End - range.Start);
            if (sentence.Contains("台湾", StringComparison.Ordinal) || sentence.Contains("两岸", StringComparison.Ordinal) || sentence.Contains("赴台", StringComparison.Ordinal)
                || sentence.Contains("港澳", StringComparison.Ordinal))
            {
                continue;
            }

            var clauseStart = ClauseStart(text, m.Index);
            var clauseEnd = m.Index + m.Length;
            while (clauseEnd < text.Length && clauseEnd - m.Index < 60 && text[clauseEnd] is not ('。' or ';' or '!' or '?' or '\n' or ','))
            {
                clauseEnd++;
            }

            var clause = text[clauseStart..clauseEnd];
            if (!Countries.Any(c => c != "中国" && clause.Contains(c, StringComparison.Ordinal)))
            {
                continue;
            }

            var g = m.Groups["m"];
            sink.Add(g.Index, g.Length, MainlandAbroad, $"与外国并列时应称“中国”，不称“{g.Value}”，请人工核实。", ["中国"], shortMessage: "主权表述待核实");
        }
    }

    // T1
    private static void DoubledPlace(string text, FindingSink sink)
    {
        foreach (Match m in DoubledPlacePattern().Matches(text))
        {
            var place = m.Groups["p"].Value;
            var unit = m.Groups["u"].Value;
            var last = place[^1];
            if ("本全该外各每此".Contains(last, StringComparison.Ordinal) || (unit == "市" && last == '城'))
            {
                continue;
            }

            var span = m.Groups["d"];
            var post = m.Groups["post"].Value;
            var right = unit + "委" + post;
            if (unit is "省" or "市")
            {
                sink.Add(span.Index, span.Length, DoubledTitle, $"职务写法不规范：“{place}{span.Value}”应为“{place}{right}”，不写“{unit}{unit}委”（新华社禁用词）。", [right], shortMessage: "职务写法不规范");
            }
            else
            {
                sink.Add(span.Index, span.Length, DoubledTitle, $"职务写法疑似不规范：“{place}{span.Value}”宜写“{place}{right}”，请人工核实。", shortMessage: "职务写法待核实");
            }
        }
    }

    // S1
    private static void ListedAsCountry(string text, FindingSink sink)
    {
        foreach (Match m in CountryHeadPattern().Matches(text))
        {
            var clauseStart = ClauseStart(text, m.Index);
            var clause = text[clauseStart..m.Index];
            if (IsCountryList(clause))
            {
                var head = m.Groups["h"];
                var right = ListHeadWithRegions(head.Value);
                sink.Add(head.Index, head.Length, TaiwanAsCountry,
                    $"国家主权表述错误：台湾、香港、澳门不是国家，与国家并列时应写“国家和地区”（“{head.Value}”应为“{right}”；国际场合台湾应写“中国台湾”）。", [right], shortMessage: "主权表述错误");
            }
            else if (IsRegionOnlyList(clause, m.Groups["h"].Value))
            {
                // 香港、澳门、台湾等国家: no country at all, the list is of regions of China.
                var head = m.Groups["h"];
                string[] right = head.Value switch { "等国家" or "等国" => ["等地区"], "这些国家" => ["这些地区"], _ => [] };
                sink.Add(head.Index, head.Length, TaiwanAsCountry,
                    $"国家主权表述错误：香港、澳门、台湾是中国的一部分，不是国家，不能称“{head.Value}”{(right.Length > 0 ? $"（应为“{right[0]}”）" : string.Empty)}。", right, shortMessage: "主权表述错误");
            }
        }

        foreach (Match m in CountryListAfterHeadPattern().Matches(text))
        {
            var list = m.Groups["l"].Value;
            if (HasTaiwanItem(list) && !m.Value.Contains("地区", StringComparison.Ordinal))
            {
                var head = m.Groups["h"];
                sink.Add(head.Index, head.Length, TaiwanAsCountry,
                    $"国家主权表述错误：列举中含有台湾、香港或澳门，“{head.Value}”应写“{head.Value}和地区”。", [head.Value + "和地区"], shortMessage: "主权表述错误");
            }
        }

        foreach (Match m in IsACountryPattern().Matches(text))
        {
            sink.Add(m.Index, m.Length, TaiwanAsCountry, $"国家主权表述错误：“{m.Value}”——{m.Groups["tw"].Value}是中国的一部分，不是国家。", shortMessage: "主权表述错误");
        }

        foreach (Match m in FormFieldPattern().Matches(text))
        {
            var label = m.Groups["label"];
            sink.Add(label.Index, label.Length, TaiwanAsCountry, $"国家主权表述错误：“{m.Value}”把{m.Groups["tw"].Value}当作国家，栏目应为“国家（地区）”或“国家和地区”。",
                ["国家（地区）"], shortMessage: "主权表述错误");
        }
    }

    /// <summary>The head of a country list with regions added: 等国 → 等国家和地区, 三国 → 三个国家和地区, 各国 → 各国家和地区.</summary>
    private static string ListHeadWithRegions(string head) =>
        head is "等国" ? "等国家和地区"
        : head.EndsWith("国家", StringComparison.Ordinal) ? head + "和地区"
        : head.EndsWith("个国", StringComparison.Ordinal) ? head + "家和地区"
        : head.Length > 1 && head[^1] == '国' && (char.IsAsciiDigit(head[^2]) || "二三四五六七八九十两".Contains(head[^2], StringComparison.Ordinal))
            ? head[..^1] + "个国家和地区"
        : head.Replace("国", "国家和地区", StringComparison.Ordinal);

    /// <summary>A list of two or more items ending at most 4 chars before the end of <paramref name="clause"/>, with a Taiwan/Hong Kong/Macao item and a country.</summary>
    private static bool IsCountryList(string clause)
    {
        var lastEnd = -1;
        var tw = false;
        foreach (Match t in TwItemPattern().Matches(clause))
        {
            if (IsRegionItem(clause, t.Index + t.Length))
            {
                continue;
            }

            tw = true;
            lastEnd = Math.Max(lastEnd, t.Index + t.Length);
        }

        if (!tw)
        {
            return false;
        }

        var country = false;
        foreach (var c in Countries)
        {
            for (var at = clause.IndexOf(c, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(c, at + 1, StringComparison.Ordinal))
            {
                if (c == "中国" && TwItemPattern().Match(clause, at).Index == at)
                {
                    continue;
                }

                country = true;
                lastEnd = Math.Max(lastEnd, at + c.Length);
            }
        }

        if (!country || clause.Length - lastEnd > 4)
        {
            return false;
        }

        var gap = clause[lastEnd..];
        return gap.Length == 0 || gap is "等" or "的" or "在内的" or "等等";
    }

    /// <summary>
    /// A list of two or more Taiwan/Hong Kong/Macao items and nothing else (separators 、和与及), ending in 等 before the
    /// head (香港、澳门、台湾等国家) or right before a counted head (香港、澳门、台湾三个国家).
    /// </summary>
    private static bool IsRegionOnlyList(string clause, string head)
    {
        var items = TwItemPattern().Matches(clause);
        if (items.Count < 2)
        {
            return false;
        }

        var first = items[0].Index;
        var at = first;
        foreach (Match t in items)
        {
            if (IsRegionItem(clause, t.Index + t.Length) || !IsSeparators(clause.AsSpan(at, t.Index - at)))
            {
                return false;
            }

            at = t.Index + t.Length;
        }

        var gap = clause[at..];
        // 等国家 or a count (三个国家) only: 维护香港、澳门的国家安全 is national security, not a list of countries.
        var counted = head.Length > 0 && (char.IsAsciiDigit(head[0]) || "二三四五六七八九十两".Contains(head[0], StringComparison.Ordinal));
        return (first == 0 || !WordingText.IsHan(clause[first - 1]) || clause[first - 1] is '在' or '与' or '和' or '对' or '向' or '从' or '把' or '将')
            && (gap is "等" or "等等" || (gap.Length == 0 && (counted || head.StartsWith('等'))));
    }

    private static bool IsSeparators(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is not ('、' or '和' or '与' or '及' or ',' or '，' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRegionItem(string clause, int end)
    {
        var after = clause.AsSpan(end);
        return after.StartsWith("地区", StringComparison.Ordinal) || after.StartsWith("特区", StringComparison.Ordinal) || after.StartsWith("特别行政区", StringComparison.Ordinal)
            || after.StartsWith("同胞", StringComparison.Ordinal) || after.StartsWith("居民", StringComparison.Ordinal) || after.StartsWith("当局", StringComparison.Ordinal)
            || after.StartsWith("方面", StringComparison.Ordinal);
    }

    private static bool HasTaiwanItem(string clause)
    {
        foreach (Match t in TwItemPattern().Matches(clause))
        {
            var after = clause.AsSpan(t.Index + t.Length);
            if (!(after.StartsWith("地区", StringComparison.Ordinal) || after.StartsWith("特区", StringComparison.Ordinal) || after.StartsWith("特别行政区", StringComparison.Ordinal)
                || after.StartsWith("同胞", StringComparison.Ordinal) || after.StartsWith("居民", StringComparison.Ordinal) || after.StartsWith("当局", StringComparison.Ordinal)
                || after.StartsWith("方面", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseStart(string text, int at)
    {
        var i = at;
        while (i > 0 && at - i < 60 && text[i - 1] is not ('。' or ';' or '!' or '?' or '\n' or ','))
        {
            i--;
        }

        return i;
    }

    // S2
    private static void Roc(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        foreach (Match m in RocYearPattern().Matches(text))
        {
            var full = m.Groups["zh"].Success;
            if (!full && m.Index > 0 && "人全公居移农泽选市村灾难饥殖网股国".Contains(text[m.Index - 1], StringComparison.Ordinal))
            {
                continue;
            }

            var n = WordingText.ParseNumber(m.Groups["n"].Value);
            if (n < 0)
            {
                continue;
            }

            var year = 1911 + n;
            var right = year.ToString(CultureInfo.InvariantCulture) + "年";
            if (n >= 39)
            {
                sink.Add(m.Index, m.Length, RepublicOfChina, $"国家主权表述错误：1949年以后不得使用“民国”纪年，“{m.Value}”应为“{right}”。", [right], shortMessage: "主权表述错误");
            }
            else if (n == 38)
            {
                sink.Add(m.Index, m.Length, RepublicOfChina, $"“{m.Value}”即{right}，跨越新中国成立，请核实是否应写公元纪年。", severity: Severity.Major, shortMessage: "主权表述待核实");
            }
        }

        foreach (Match m in RocNounPattern().Matches(text))
        {
            var s = context.SentenceIndexOf(m.Index);
            var range = s >= 0 ? context.Sentences[s] : new TextRange(0, text.Length);
            var sentence = text[range.Start..range.End];
            var years = WordingText.YearsBefore(text, range.Start, range.End);
            var modern = years.Exists(y => y >= 1950) || PresentMarkerPattern().IsMatch(sentence) || TaiwanFigures.Any(f => sentence.Contains(f, StringComparison.Ordinal));
            var noun = m.Groups["noun"].Value;
            if (noun is "总统" or "副总统")
            {
                continue; // sovereignty.lex.tsv
            }

            string[] replacement = noun == "政府" ? ["台湾当局"] : [];
            if (modern)
            {
                sink.Add(m.Index, m.Length, RepublicOfChina,
                    $"国家主权表述错误：1949年以后不得使用“{m.Value}”{(noun == "政府" ? "，应写“台湾当局”" : "，不得使用其“国旗”“国号”等标志")}。", replacement, shortMessage: "主权表述错误");
            }
            else if (!years.Exists(y => y <= 1949))
            {
                sink.Add(m.Index, m.Length, RepublicOfChina,
                    $"“{m.Value}”：若指1949年以后的台湾地区，不得使用此称谓{(noun == "政府" ? "（应写“台湾当局”）" : string.Empty)}；如属1912—1949年的历史表述请忽略。请人工核实。",
                    severity: Severity.Major, shortMessage: "主权表述待核实");
            }
        }
    }

    // S3
    private void Taidu(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        TokenBoundaries? boundaries = null;
        foreach (Match m in TaiduPattern().Matches(text))
        {
            boundaries ??= new TokenBoundaries(context, segmenter);
            if (!boundaries.IsEnd(m.Index) && m.Value == "台独")
            {
                continue; // 平台独立
            }

            // 台 + a word starting with 独 (一台独特的设备, 电台独家报道) is not 台独.
            if (m.Value == "台独" && boundaries.At(m.Index + 1) is { } next && next.Start == m.Index + 1 && next.Length >= 2)
            {
                continue;
            }

            if (InsideQuotes(text, m.Index, m.Index + m.Length))
            {
                continue;
            }

            sink.Add(m.Index, m.Length, TaiduQuotes, $"“{m.Value}”须加引号：应写“{m.Value}”（新华社规范）。", [$"“{m.Value}”"], shortMessage: "须加引号");
        }
    }

    /// <summary>True when [start, end) is inside quotation marks or a 《》 title, or directly wrapped by quotes.</summary>
    private static bool InsideQuotes(string text, int start, int end)
    {
        if (start > 0 && WordingText.IsOpeningQuote(text[start - 1]) && end < text.Length && WordingText.IsClosingQuote(text[end]))
        {
            return true;
        }

        int open = 0, title = 0, ascii = 0;
        var from = start;
        while (from > 0 && start - from < 200 && text[from - 1] is not ('。' or '\n'))
        {
            from--;
        }

        for (var i = from; i < start; i++)
        {
            switch (text[i])
            {
                case '“' or '「' or '『' or '‘':
                    open++;
                    break;
                case '”' or '」' or '』' or '’':
                    open = Math.Max(0, open - 1);
                    break;
                case '《':
                    title++;
                    break;
                case '》':
                    title = Math.Max(0, title - 1);
                    break;
                case '"':
                    ascii ^= 1;
                    break;
            }
        }

        return open > 0 || title > 0 || ascii > 0;
    }

    // S4
    private static void Institutions(string text, FindingSink sink)
    {
        foreach (Match m in TaiwanInstitutionPattern().Matches(text))
        {
            var g = m.Groups["inst"];
            if (InsideQuotes(text, g.Index, g.Index + g.Length))
            {
                continue;
            }

            // The finding spans marker and name (台湾立法院 → 台湾“立法院”), as the same terms in sovereignty.lex.tsv do, so the
            // merger keeps one finding when both fire.
            var verified = VerifiedInstitutions.Contains(g.Value);
            var right = text[m.Index..g.Index] + $"“{g.Value}”";
            if (verified)
            {
                sink.Add(m.Index, m.Length, TaiwanInstitution, $"国家主权表述错误：台湾地区机构“{g.Value}”须加引号，应写{right}。", [right], shortMessage: "主权表述错误");
            }
            else
            {
                sink.Add(m.Index, m.Length, TaiwanInstitution, $"台湾地区机构名称“{g.Value}”应加引号（{right}），请人工核实。", severity: Severity.Major, shortMessage: "主权表述待核实");
            }
        }

        foreach (Match m in NationalPattern().Matches(text))
        {
            var inst = m.Groups["inst"].Value;
            if (inst == "台湾大学")
            {
                continue; // 国立台湾大学 is a sovereignty.lex.tsv term
            }

            var right = inst.StartsWith("台湾", StringComparison.Ordinal) || inst.StartsWith("台北", StringComparison.Ordinal) ? inst : "台湾" + inst;
            sink.Add(m.Index, m.Length, TaiwanInstitution, $"国家主权表述错误：台湾地区学校、机构名称前的“国立”应删除，“{m.Value}”应为“{right}”。", [right], shortMessage: "主权表述错误");
        }

        foreach (Match m in ChineseTaipeiPattern().Matches(text))
        {
            if (!InsideQuotes(text, m.Index, m.Index + m.Length) && !TaiwanInstitutionPattern().IsMatch(text.AsSpan(Math.Max(0, m.Index - 4), Math.Min(text.Length, m.Index + m.Length) - Math.Max(0, m.Index - 4))))
            {
                sink.Add(m.Index, m.Length, TaiwanInstitution, "国家主权表述错误：“中华台北”须加引号，应写“中华台北”。", ["“中华台北”"], shortMessage: "主权表述错误");
            }
        }
    }

    // S5
    private static void CrossStrait(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        foreach (Match m in CrossStraitTermPattern().Matches(text))
        {
            var s = context.SentenceIndexOf(m.Index);
            var range = s >= 0 ? context.Sentences[s] : new TextRange(0, text.Length);
            var sentence = text.AsSpan(range.Start, range.End - range.Start);
            if (!CrossStraitMarkerPattern().IsMatch(sentence) || sentence.Contains("司法互助", StringComparison.Ordinal))
            {
                continue;
            }

            var hint = m.Value switch { "司法协助" => "司法互助", "引渡" => "遣返", _ => "公证书使用查证" };
            sink.Add(m.Index, m.Length, CrossStraitLaw,
                $"两岸事务不宜使用国际法用语“{m.Value}”（可考虑“{hint}”），请人工核实。", shortMessage: "主权表述待核实");
        }
    }

    // S6
    private static void ChinaAnd(string text, FindingSink sink)
    {
        foreach (Match m in ChinaAndRegionPattern().Matches(text))
        {
            var tw = m.Groups["tw"].Value;
            var right = tw == "台湾" ? "大陆和台湾" : $"内地和{tw}";
            sink.Add(m.Index, m.Length, ChinaAndRegion, $"“{m.Value}”把{tw}与中国并列，宜写“{right}”（两岸、内地与港澳），请人工核实。", shortMessage: "主权表述待核实");
        }
    }

    // S7
    private static void ComeToChina(string text, FindingSink sink)
    {
        foreach (Match m in ComeToChinaPattern().Matches(text))
        {
            if (m.Value.Contains("港澳台游客来华", StringComparison.Ordinal))
            {
                continue; // sovereignty.lex.tsv
            }

            var who = m.Groups["who"].Value;
            var verb = m.Groups["verb"];
            var clauseStart = ClauseStart(text, m.Index);
            var clause = text.AsSpan(clauseStart, verb.Index - clauseStart);
            var mixed = clause.Contains("外国", StringComparison.Ordinal) || clause.Contains("外籍", StringComparison.Ordinal) || clause.Contains("外商", StringComparison.Ordinal)
                || clause.Contains("境外", StringComparison.Ordinal) || clause.Contains("海外", StringComparison.Ordinal) || clause.Contains("华侨", StringComparison.Ordinal);
            var right = who switch { "台湾" => "来大陆", "港澳台" => "来内地（大陆）", _ => "来内地" };
            if (verb.Value.StartsWith('到'))
            {
                right = "到" + right[1..];
            }

            if (mixed)
            {
                sink.Add(verb.Index, verb.Length, ComingToChina, $"“{verb.Value}”同时指外国人和港澳台居民，请分别表述（港澳台居民应写“{right}”），请人工核实。", shortMessage: "主权表述待核实");
            }
            else
            {
                sink.Add(verb.Index, verb.Length, ComingToChina, $"国家主权表述错误：{who}居民“{verb.Value}”应写“{right}”。", [right], shortMessage: "主权表述错误");
            }
        }
    }

    // S10
    private static void Bodies(string text, FindingSink sink)
    {
        foreach (Match m in TaiwanBodyPattern().Matches(text))
        {
            var g = m.Groups["body"];
            if (g.Value.StartsWith("中国国民党", StringComparison.Ordinal) || InsideQuotes(text, g.Index, g.Index + g.Length))
            {
                continue;
            }

            sink.Add(g.Index, g.Length, TaiwanBody, $"台湾地区以“中华”“中国”开头的团体名称应加引号：“{g.Value}”，请人工核实。", [$"“{g.Value}”"], shortMessage: "须加引号");
        }
    }

    // S11
    private static void NinetyTwo(string text, FindingSink sink)
    {
        foreach (Match m in NinetyTwoPattern().Matches(text))
        {
            sink.Add(m.Index, m.Length, OneChinaInterpretations, "国家主权表述错误：“九二共识”的核心是坚持一个中国原则，不得与“一中各表”并提；应只写“九二共识”。", ["“九二共识”"], shortMessage: "主权表述错误");
        }
    }

    [GeneratedRegex(@"(?<p>\p{IsCJKUnifiedIdeographs}{1,4}?)(?<d>(?<u>[省市县区])\k<u>委(?<post>书记|副书记|常委))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex DoubledPlacePattern();

    // A number starts where a run of digits or numerals starts (the lookbehind): tried from every position of a long run,
    // [二…\d]+ backtracked quadratically into the regex timeout.
    [GeneratedRegex(@"(?<h>等国家|这些国家|各国|诸国|等国|国家|(?<![二三四五六七八九十两\d])[二三四五六七八九十两\d]+个?国家?)(?!家|和地区|或地区|及地区|与地区|地区|和区域)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex CountryHeadPattern();

    [GeneratedRegex(@"(?<h>参展国家|参赛国家|参会国家|国家)(?:有|如|包括|是|:)(?<l>[^。;,\n]{2,60})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex CountryListAfterHeadPattern();

    [GeneratedRegex(@"(?<!不|非|并非|绝不)(?<tw>台湾|香港|澳门)(?:是|作为|成为)(?:一个)?(?:独立的?|主权)?国家", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex IsACountryPattern();

    [GeneratedRegex(@"(?<label>国家|国别|国籍)\s*:\s*(?<tw>" + TwItem + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex FormFieldPattern();

    [GeneratedRegex(TwItem, RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TwItemPattern();

    [GeneratedRegex(@"(?<zh>中华)?民国(?<n>[一二三四五六七八九十百〇零两]{1,6}|\d{1,3})年", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex RocYearPattern();

    [GeneratedRegex(@"中华民国(?<noun>政府|国旗|国歌|国徽|护照|外交部|国防部|宪法|国号|年号|总统|副总统)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex RocNounPattern();

    [GeneratedRegex(@"现任|目前|当前|今年|如今|现在|近日", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PresentMarkerPattern();

    [GeneratedRegex(@"台湾独立|台独", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TaiduPattern();

    [GeneratedRegex(@"(?:台湾当局|台当局|台湾|台北|岛内)的?[“""「]?(?<inst>立法院|行政院|监察院|考试院|司法院|总统府|中央研究院|中研院|中央银行|中央社|中央通讯社|国史馆|国防部|外交部|内政部|陆委会|大陆委员会|国家安全局|清华大学|交通大学|中央大学|故宫博物院)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TaiwanInstitutionPattern();

    [GeneratedRegex(@"国立(?<inst>台湾大学|政治大学|清华大学|交通大学|成功大学|中央大学|中山大学|台湾师范大学|故宫博物院|台北艺术大学)(?<!国立清华大学(?=北京))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex NationalPattern();

    [GeneratedRegex(@"中华台北", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChineseTaipeiPattern();

    [GeneratedRegex(@"文书验证|司法协助|引渡", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CrossStraitTermPattern();

    [GeneratedRegex(@"两岸|大陆与台湾|大陆和台湾|台湾方面|台湾地区|赴台|对台|台胞|闽台|在台|涉台|台湾居民", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CrossStraitMarkerPattern();

    [GeneratedRegex(@"(?<!展)中国(?:和|与|同|及|、)(?<tw>台湾|香港|澳门)(?!地区|同胞|特别行政区|特区)|(?<tw>台湾|香港|澳门)(?:和|与|同|及|、)中国(?!大陆|内地|台湾|香港|澳门|共产党|人民|国民党|政府|企业|公司|其他|其它|各地)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex ChinaAndRegionPattern();

    [GeneratedRegex(@"(?<who>港澳台|香港|澳门|台湾)(?:地区)?(?:同胞|居民|游客|旅客|客商|青年|学生|人员)?[^。;,\n]{0,6}?(?<verb>来华|访华|赴华|入华|来国内|到国内)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex ComeToChinaPattern();

    [GeneratedRegex(@"(?:(?<=、)(?<m>中国大陆|大陆)(?![\p{IsCJKUnifiedIdeographs}-[和与及等]])|(?<m>中国大陆|大陆)(?=、))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex MainlandItemPattern();

    [GeneratedRegex(@"(?:台湾|台北|岛内)的?(?<body>(?:中华|中国)\p{IsCJKUnifiedIdeographs}{1,12}?(?:联合会|协会|总会|学会|基金会|促进会|团体|党))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TaiwanBodyPattern();

    [GeneratedRegex(@"[“""]?九二共识[”""]?[、, ]*[“""]?一中各表[”""]?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NinetyTwoPattern();
}
