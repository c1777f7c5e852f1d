using Microsoft.Bot.Builder;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>A small store item for the contract tests.</summary>
public sealed class Note : IStoreItem
{
    public string Text { get; set; } = string.Empty;

    public int Count { get; set; }

    public List<string> Writers { get; set; } = [];

    public string? ETag { get; set; }
}
