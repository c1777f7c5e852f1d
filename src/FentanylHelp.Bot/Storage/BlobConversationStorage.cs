using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// Conversation state in Azure Blob Storage, one JSON blob per key (<see cref="BlobNames"/>). Concurrency
/// uses the blob's own ETag: a save sends If-Match (or If-None-Match: * for a new conversation), so two
/// instances saving one conversation cannot both win. The container is created on first write. Each blob
/// carries its last write time (from the app's clock) for <see cref="DeleteIdleAsync"/>.
/// </summary>
public sealed class BlobConversationStorage(BlobContainerClient container, TimeProvider time) : IStorage, IIdleConversationCleanup
{
    private const string LastWriteMetadata = "lastwrite";

    private volatile bool containerReady;

    public BlobContainerClient Container => container;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var reads = keys.Distinct(StringComparer.Ordinal).Select(async key => (Key: key, Item: await ReadOneAsync(key, cancellationToken)));
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, item) in await Task.WhenAll(reads))
        {
            if (item is not null)
            {
                found[key] = item;
            }
        }

        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes.Select(change => (change.Key, StoredItem.From(change.Value))).ToList())
        {
            await EnsureContainerAsync(cancellationToken);
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Metadata = new Dictionary<string, string>
                {
                    [LastWriteMetadata] = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                },
                Conditions = item.Unconditional ? null
                    : item.NewOnly ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                    : new BlobRequestConditions { IfMatch = new ETag(item.ExpectedETag!) },
            };
            try
            {
                await UploadAsync(key, item, options, cancellationToken);
            }
            catch (RequestFailedException failure) when (failure.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // The container went away (deleted, or an emulator restarted): create it again, once.
                containerReady = false;
                await EnsureContainerAsync(cancellationToken);
                await UploadAsync(key, item, options, cancellationToken);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            try
            {
                await container.GetBlobClient(BlobNames.For(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            }
            catch (RequestFailedException failure) when (failure.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // Nothing stored at all: nothing to delete.
            }
        }
    }

    public async Task<int> DeleteIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var deleted = 0;
        try
        {
            await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
            {
                if (LastWrite(blob) >= idleSince)
                {
                    continue;
                }

                try
                {
                    // Only the version listed: a turn that saved since then keeps its conversation.
                    var conditions = new BlobRequestConditions { IfMatch = blob.Properties.ETag };
                    await container.GetBlobClient(blob.Name).DeleteAsync(conditions: conditions, cancellationToken: cancellationToken);
                    deleted++;
                }
                catch (RequestFailedException failure) when (failure.Status is 404 or 412)
                {
                    // Deleted or saved again meanwhile.
                }
            }
        }
        catch (RequestFailedException failure) when (failure.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Nothing stored yet.
        }

        return deleted;
    }

    private static DateTimeOffset LastWrite(BlobItem blob) =>
        blob.Metadata is { } metadata && metadata.TryGetValue(LastWriteMetadata, out var written)
            && long.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : blob.Properties.LastModified ?? DateTimeOffset.MaxValue;

    private static bool IsConflict(RequestFailedException failure, StoredItem item) =>
        !item.Unconditional && (failure.Status is 409 or 412 || failure.ErrorCode == BlobErrorCode.BlobNotFound);

    private async Task UploadAsync(string key, StoredItem item, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(BlobNames.For(key)).UploadAsync(BinaryData.FromString(item.Json), options, cancellationToken);
        }
        catch (RequestFailedException failure) when (IsConflict(failure, item))
        {
            throw new StorageConflictException(key, failure);
        }
    }

    private async Task<JObject?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(BlobNames.For(key)).DownloadContentAsync(cancellationToken);
            return StoredItem.Read(download.Value.Content.ToString(), download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            return null;
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!containerReady)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            containerReady = true;
        }
    }
}
