using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentGuard.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace ContentGuard.Api.Endpoints;

/// <summary>
/// <c>POST /v1/check/file</c>: a multipart upload of a .docx, .txt/.md or .html file (field <c>file</c>, optional
/// <c>documentDate</c>). Answers the <c>/v1/check</c> result plus <c>text</c>: the text the offsets point into (for .docx,
/// the extracted paragraphs, one per line; otherwise the file's own text).
/// </summary>
internal static class CheckFileEndpoint
{
    /// <summary>UTF-8 that fails on bytes that are not UTF-8 (a GBK file would otherwise be checked as mojibake and pass).</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/check/file", HandleAsync)
            .WithName("CheckFile")
            .WithSummary("Check an uploaded file (.docx, .txt, .md, .html)")
            .WithDescription(
                "Multipart form upload: field `file` (a Word .docx, plain text .txt/.md or .html file, UTF-8) and optional `documentDate` (yyyy-MM-dd). " +
                "Word files are read with headers, body paragraphs and tables, text boxes, notes and footers, one paragraph per line (manual line breaks kept). " +
                "The response is the /v1/check result plus `text`, the string that the offsets index into.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<CheckResult>(StatusCodes.Status200OK, "application/json")
            .ProducesCheckProblems()
            .DisableAntiforgery();
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ContentChecker checker, IOptions<ApiOptions> apiOptions)
    {
        var api = apiOptions.Value;
        if (!http.Request.HasFormContentType)
        {
            return ApiProblems.UnsupportedMediaType("POST /v1/check/file takes a multipart/form-data upload with the file in the field 'file'.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge($"The upload is larger than this service accepts ({api.MaxFileBytes} bytes).");
        }
        catch (InvalidDataException e)
        {
            return ApiProblems.BadRequest($"The multipart body could not be read: {e.Message}");
        }
        catch (IOException)
        {
            return ApiProblems.BadRequest(ApiProblems.TruncatedMultipart);
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return ApiProblems.BadRequest("Upload the document in the form field 'file' (a non-empty .docx, .txt, .md or .html file).");
        }

        if (file.Length > api.MaxFileBytes)
        {
            return ApiProblems.TooLarge($"The file has {file.Length} bytes; this service accepts at most {api.MaxFileBytes}.");
        }

        if (RequestParsing.TryParseDate(form["documentDate"].ToString(), out var date) is { } dateError)
        {
            return ApiProblems.BadRequest(dateError);
        }

        AnnotatedText input;
        var extension = Path.GetExtension(file.FileName ?? string.Empty).ToLowerInvariant();
        await using (var stream = file.OpenReadStream())
        {
            switch (extension)
            {
                case ".docx":
                    try
                    {
                        using var buffer = new MemoryStream();
                        await stream.CopyToAsync(buffer, http.RequestAborted);
                        buffer.Position = 0;
                        input = AnnotatedText.FromDocx(buffer);
                    }
                    catch (InvalidDataException e)
                    {
                        return ApiProblems.BadRequest($"'{RequestParsing.Truncate(file.FileName ?? "file")}' is not a readable Word (.docx) document: {e.Message}");
                    }

                    break;
                case ".txt" or ".md" or ".text" or ".html" or ".htm":
                    using (var reader = new StreamReader(stream, StrictUtf8))
                    {
                        string text;
                        try
                        {
                            text = await reader.ReadToEndAsync(http.RequestAborted);
                        }
                        catch (DecoderFallbackException)
                        {
                            return ApiProblems.BadRequest(
                                $"'{RequestParsing.Truncate(file.FileName ?? "file")}' is not UTF-8 text (GBK and other legacy encodings are not read): save it as UTF-8 and upload it again.");
                        }

                        input = extension is ".html" or ".htm" ? AnnotatedText.FromHtml(text) : AnnotatedText.FromPlainText(text);
                    }

                    break;
                default:
                    return ApiProblems.UnsupportedMediaType($"'{RequestParsing.Truncate(extension)}' files are not supported: upload a .docx, .txt, .md or .html file.");
            }
        }

        if (input.Source.Length > api.MaxTextLength)
        {
            return ApiProblems.TooLarge($"The document has {input.Source.Length} characters; this service checks at most {api.MaxTextLength}. Split the document and check the parts.");
        }

        var options = new CheckOptions { DocumentDate = date, TimeBudget = TimeSpan.FromMilliseconds(api.TimeBudgetMs) };
        var result = await checker.CheckAsync(input, options, http.RequestAborted);
        CheckSummary.Attach(http, input.Source.Length, extension.TrimStart('.'), result);
        var body = JsonSerializer.SerializeToNode(result, CheckResultJson.Options)!.AsObject();
        body["text"] = input.Source;
        return Results.Json(body, CheckResultJson.Options);
    }
}
