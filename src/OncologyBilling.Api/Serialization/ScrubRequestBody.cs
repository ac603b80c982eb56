using System.Buffers;
using System.Text;
using Microsoft.Net.Http.Headers;
using OncologyBilling.Api.Errors;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// The body of POST /api/v1/claims/scrub, bound by the endpoint itself (minimal APIs call <see cref="BindAsync"/>)
/// so that a value the serializer cannot read is reported together with every other error, not alone.
/// </summary>
internal sealed record ScrubRequestBody(RequestRead Read)
{
    public static async ValueTask<ScrubRequestBody?> BindAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Unsupported media type.", StatusCodes.Status415UnsupportedMediaType);
        }

        using var buffer = new MemoryStream();
        var encoding = NonUtf8Encoding(request.ContentType);
        if (encoding is null)
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        else
        {
            await using var transcoded = Encoding.CreateTranscodingStream(request.Body, encoding, Encoding.UTF8, leaveOpen: true);
            await transcoded.CopyToAsync(buffer, context.RequestAborted);
        }

        var json = new ReadOnlySequence<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (json.FirstSpan.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return new(RequestRead.Invalid("$", RequestBodyProblem.MissingBody));
        }

        return new(context.RequestServices.GetRequiredService<ScrubRequestReader>().Read(json));
    }

    /// <summary>The declared charset when it is not UTF-8 (the body is transcoded, as the framework's JSON reader does).</summary>
    private static Encoding? NonUtf8Encoding(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.Charset.HasValue)
        {
            return null;
        }

        return media.Encoding switch
        {
            null => throw new BadHttpRequestException("Unsupported charset.", StatusCodes.Status415UnsupportedMediaType),
            { CodePage: 65001 } => null,
            var other => other,
        };
    }
}
