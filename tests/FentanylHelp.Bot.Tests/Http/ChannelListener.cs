using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.Tests.Http;

/// <summary>
/// A real HTTP server on a free loopback port standing in for a channel's service URL: it records the
/// activities the bot sends back through the Bot Framework connector.
/// </summary>
internal sealed class ChannelListener : IAsyncDisposable
{
    private readonly WebApplication app;

    private ChannelListener(WebApplication app) => this.app = app;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public string Url => app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

    public static async Task<ChannelListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var listener = new ChannelListener(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpRequest request) =>
        {
            var activity = await JsonNode.ParseAsync(request.Body);
            listener.Received.Enqueue(activity!.AsObject());
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
