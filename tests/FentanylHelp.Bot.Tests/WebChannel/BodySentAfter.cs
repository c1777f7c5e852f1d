using System.Net;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>
/// A request body that runs an action just before it is sent. With <c>Expect: 100-continue</c> the client sends
/// the body only once the server starts reading it, so the action runs while the server waits for the body.
/// </summary>
internal sealed class BodySentAfter : HttpContent
{
    private readonly Action before;
    private readonly HttpContent body;

    public BodySentAfter(Action before, HttpContent body)
    {
        this.before = before;
        this.body = body;
        Headers.ContentType = body.Headers.ContentType;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        before();
        await body.CopyToAsync(stream);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Headers.ContentLength ?? -1;
        return length >= 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body.Dispose();
        }

        base.Dispose(disposing);
    }
}
