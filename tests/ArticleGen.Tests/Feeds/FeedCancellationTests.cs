using System.IO.Pipelines;
using static ArticleGen.Tests.Feeds.FeedTestKit;

namespace ArticleGen.Tests.Feeds;

public class FeedCancellationTests
{
    [Fact]
    public async Task A_canceled_token_stops_reading_before_the_first_read()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CollectAsync(EndStory.ReadFeedAsync(new MemoryStream(Utf8(Feed)), cancellationToken: source.Token)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CollectAsync(EndStory.ReadFeedAsync(new MemoryStream(Utf8(Feed))), source.Token));
    }

    [Fact]
    public async Task Canceling_while_waiting_for_a_pipe_stops_reading()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Utf8(Story1 + "Half a sto"));
        using var source = new CancellationTokenSource();
        var read = new List<EndStory>();
        Task reading = Task.Run(async () =>
        {
            await foreach (EndStory story in EndStory.ReadFeedAsync(pipe.Reader, cancellationToken: source.Token))
            {
                read.Add(story);
                source.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal([Record1], read);
    }

    [Fact]
    public async Task Canceling_writing_stops_it()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EndStory.WriteFeedAsync(new MemoryStream(), EndStory.ReadFeedAsync(new MemoryStream(Utf8(Feed))), cancellationToken: source.Token));
    }
}
