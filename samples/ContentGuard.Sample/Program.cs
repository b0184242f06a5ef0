using ContentGuard;

// Build the checker once and share it: it is immutable and thread-safe.
var checker = new ContentCheckerBuilder().UseDefaults().Build();

var text = args.Length > 0 ? string.Join(' ', args) : "机密★1年\n关于开展政府网站检查的通知";
var result = checker.Check(text);

Console.WriteLine($"decision: {result.Decision.Suggestion} (risk {result.Decision.RiskLevel})");
foreach (var f in result.Matches)
{
    var fix = f.Replacements.Count > 0 ? $" → {f.Replacements[0].Value}" : "";
    Console.WriteLine($"  [{f.Offset},{f.Offset + f.Length}) {f.Severity} {f.Rule.Category.Id} “{f.Text}” {f.Message}{fix}");
}

return result.Decision.Suggestion == Suggestion.Block ? 1 : 0;
