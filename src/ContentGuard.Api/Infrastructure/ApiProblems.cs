namespace ContentGuard.Api.Infrastructure;

/// <summary>RFC 9457 problem responses (<c>application/problem+json</c>) with a useful <c>detail</c>; the trace id is added by <see cref="ProblemDetailsSetup"/>.</summary>
internal static class ApiProblems
{
    /// <summary>The 400 detail when the form reader throws IOException: a multipart body cut off before its closing boundary.</summary>
    public const string TruncatedMultipart =
        "The multipart body could not be read: it ended before its closing boundary (a cut-off upload?). Send the complete form.";

    public static IResult BadRequest(string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is invalid.", extensions: extensions);

    public static IResult TooLarge(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The text is too long.");

    public static IResult UnsupportedMediaType(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.");
}
