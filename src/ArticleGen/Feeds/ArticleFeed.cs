using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ArticleGen.Feeds;

namespace ArticleGen
{
    /// <summary>Reads one story from its UTF-8 text: the generated <c>Parse(ReadOnlySpan&lt;byte&gt;)</c> of a layout.</summary>
    public delegate T Utf8StoryParser<T>(ReadOnlySpan<byte> utf8);

    /// <summary>
    /// Reads and writes feeds of one <c>[ArticleLayout]</c> record type: many stories in one stream, file or string.
    /// Every layout with line breaks gets one as its static <c>ArticleFeed</c> property, and static
    /// <c>ReadFeed</c>/<c>ReadFeedAsync</c>/<c>WriteFeed</c> methods that call it.
    /// </summary>
    /// <remarks>
    /// Reading holds one buffer (<see cref="FeedOptions.BufferSize"/>) that grows only to hold the longest story, and
    /// parses each story from the UTF-8 bytes in that buffer (from the caller's memory when the whole feed is in
    /// memory). Stories are split at every separator before anything is parsed, so a story never holds one.
    /// </remarks>
    /// <typeparam name="T">The record type.</typeparam>
    public sealed class ArticleFeed<T>
        where T : class
    {
        private const int FileBufferSize = 1;
        private const int FlushThreshold = 64 * 1024;

        private readonly Utf8StoryParser<T> _parse;
        private readonly Action<T, IBufferWriter<byte>> _write;
        private readonly byte[] _newLine;

        /// <summary>Creates the feed reader and writer of a layout (generated code calls this once per type).</summary>
        /// <param name="layoutType">The record's name, for messages.</param>
        /// <param name="parse">Reads one story from UTF-8.</param>
        /// <param name="write">Writes one story as UTF-8.</param>
        /// <param name="layoutEndLine">The layout's last line when it is literal text (such as <c>(END)</c>), else null.</param>
        /// <param name="layoutStartLine">The layout's first line when it is literal text (such as <c>&lt;DOC&gt;</c>), else null.</param>
        /// <param name="newLine">The line break the layout writes (its <c>NewLine</c>, <c>"\n"</c> or <c>"\r\n"</c>): separator lines and blank lines between stories get the same.</param>
        public ArticleFeed(string layoutType, Utf8StoryParser<T> parse, Action<T, IBufferWriter<byte>> write, string? layoutEndLine, string? layoutStartLine = null, string newLine = "\n")
        {
            if (newLine != "\n" && newLine != "\r\n")
            {
                throw new ArgumentException("A feed writes \"\\n\" or \"\\r\\n\" line breaks.", nameof(newLine));
            }

            _newLine = Utf8(newLine);
            LayoutStartLine = layoutStartLine is null ? null : FeedSeparator.StoryStartLine(layoutStartLine).Text;
            LayoutEndLine = layoutEndLine is null ? null : FeedSeparator.StoryEndLine(layoutEndLine).Text;
            LayoutType = layoutType ?? throw new ArgumentNullException(nameof(layoutType));
            _parse = parse ?? throw new ArgumentNullException(nameof(parse));
            _write = write ?? throw new ArgumentNullException(nameof(write));
            LayoutSeparator = layoutEndLine is null ? null : FeedSeparator.StoryEndLine(layoutEndLine);
        }

        /// <summary>The record's name.</summary>
        public string LayoutType { get; }

        /// <summary>The layout's first line when it is literal text: a story never holds it after its first line, so the feed also splits before it.</summary>
        public string? LayoutStartLine { get; }

        /// <summary>The layout's last line when it is literal text: a story never holds it before its last line, so the feed also splits after it.</summary>
        public string? LayoutEndLine { get; }

        /// <summary>The line break between the lines of a written feed: the layout's <c>NewLine</c>.</summary>
        public string NewLine => _newLine.Length == 1 ? "\n" : "\r\n";

        /// <summary>The separator the layout itself gives (its literal last line ends every story), or null.</summary>
        public FeedSeparator? LayoutSeparator { get; }

        /// <summary>Reads the stories of a UTF-8 feed from a stream, one at a time, as they are enumerated. The stream is not disposed.</summary>
        /// <exception cref="ArticleFeedException">(On enumeration) a story does not fit the layout, under <see cref="FeedErrorHandling.Throw"/>.</exception>
        public IEnumerable<T> Read(Stream utf8Feed, FeedOptions? options = null)
        {
            Require(utf8Feed, nameof(utf8Feed));
            return ReadSource(new StreamFeedSource(utf8Feed, owned: false), options ?? FeedOptions.Default);
        }

        /// <summary>Reads the stories of a feed from a text reader (encoded to UTF-8 as it is read). The reader is not disposed.</summary>
        public IEnumerable<T> Read(TextReader feed, FeedOptions? options = null)
        {
            Require(feed, nameof(feed));
            return ReadSource(new TextFeedSource(feed, owned: false), options ?? FeedOptions.Default);
        }

        /// <summary>Reads the stories of a feed's text (to read a file, use <see cref="ReadFile"/>).</summary>
        public IEnumerable<T> Read(string feed, FeedOptions? options = null)
        {
            Require(feed, nameof(feed));
            return ReadSource(new TextFeedSource(new StringReader(feed), owned: true), options ?? FeedOptions.Default);
        }

        /// <summary>Reads the stories of a UTF-8 feed held in memory, each parsed in place (nothing is copied).</summary>
        public IEnumerable<T> Read(ReadOnlyMemory<byte> utf8Feed, FeedOptions? options = null)
        {
            FeedOptions o = options ?? FeedOptions.Default;
            FeedSeparator separator = SeparatorFor(o);
            return ReadMemory(utf8Feed, separator, o);
        }

        /// <summary>Reads the stories of a UTF-8 feed file; the file is closed when enumeration ends.</summary>
        public IEnumerable<T> ReadFile(string path, FeedOptions? options = null)
        {
            Require(path, nameof(path));
            FeedOptions o = options ?? FeedOptions.Default;
            SeparatorFor(o);
            return ReadFileCore(path, o);
        }

        /// <summary>Reads the stories of a UTF-8 feed from a stream asynchronously. The stream is not disposed.</summary>
        /// <exception cref="ArticleFeedException">(On enumeration) a story does not fit the layout, under <see cref="FeedErrorHandling.Throw"/>.</exception>
        /// <exception cref="OperationCanceledException">(On enumeration) <paramref name="cancellationToken"/> was canceled.</exception>
        public IAsyncEnumerable<T> ReadAsync(Stream utf8Feed, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(utf8Feed, nameof(utf8Feed));
            FeedOptions o = options ?? FeedOptions.Default;
            return ReadSourceAsync(new StreamFeedSource(utf8Feed, owned: false), SeparatorFor(o), o, cancellationToken);
        }

        /// <summary>Reads the stories of a UTF-8 feed from a pipe asynchronously. The pipe is not completed.</summary>
        public IAsyncEnumerable<T> ReadAsync(PipeReader utf8Feed, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(utf8Feed, nameof(utf8Feed));
            FeedOptions o = options ?? FeedOptions.Default;
            return ReadSourceAsync(new PipeFeedSource(utf8Feed), SeparatorFor(o), o, cancellationToken);
        }

        /// <summary>Reads the stories of a feed from a text reader asynchronously. The reader is not disposed.</summary>
        public IAsyncEnumerable<T> ReadAsync(TextReader feed, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(feed, nameof(feed));
            FeedOptions o = options ?? FeedOptions.Default;
            return ReadSourceAsync(new TextFeedSource(feed, owned: false), SeparatorFor(o), o, cancellationToken);
        }

        /// <summary>Reads the stories of a UTF-8 feed file asynchronously; the file is closed when enumeration ends.</summary>
        public IAsyncEnumerable<T> ReadFileAsync(string path, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(path, nameof(path));
            FeedOptions o = options ?? FeedOptions.Default;
            return ReadFileCoreAsync(path, SeparatorFor(o), o, cancellationToken);
        }

        /// <summary>Writes stories as a UTF-8 feed: <see cref="FeedOptions.Header"/>, then each story with the separator, so that reading it back gives the same stories.</summary>
        /// <exception cref="ArgumentException">A story would not read back as itself (its text holds the separator, or does not end with the separator line).</exception>
        public void Write(Stream utf8Feed, IEnumerable<T> stories, FeedOptions? options = null)
        {
            Require(utf8Feed, nameof(utf8Feed));
            WriteAll(stories, options, buffer => utf8Feed.Write(buffer.Array, 0, buffer.WrittenCount));
            utf8Feed.Flush();
        }

        /// <summary>Writes stories as a UTF-8 feed into a buffer writer.</summary>
        /// <exception cref="ArgumentException">A story would not read back as itself.</exception>
        public void Write(IBufferWriter<byte> utf8Feed, IEnumerable<T> stories, FeedOptions? options = null)
        {
            Require(utf8Feed, nameof(utf8Feed));
            WriteAll(stories, options, buffer => CopyTo(utf8Feed, buffer));
        }

        /// <summary>Writes stories as a feed to a string (for tests and small feeds).</summary>
        public string WriteToString(IEnumerable<T> stories, FeedOptions? options = null)
        {
            using var stream = new MemoryStream();
            Write(stream, stories, options);
            return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }

        /// <summary>Writes stories as a UTF-8 feed to a stream asynchronously.</summary>
        public Task WriteAsync(Stream utf8Feed, IEnumerable<T> stories, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(stories, nameof(stories));
            return WriteAsync(utf8Feed, Async(stories), options, cancellationToken);
        }

        /// <summary>Writes stories, as they arrive, as a UTF-8 feed to a stream asynchronously.</summary>
        public async Task WriteAsync(Stream utf8Feed, IAsyncEnumerable<T> stories, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(utf8Feed, nameof(utf8Feed));
            await WriteAllAsync(stories, options, cancellationToken, buffer => new ValueTask(utf8Feed.WriteAsync(buffer.Array, 0, buffer.WrittenCount, cancellationToken))).ConfigureAwait(false);
            await utf8Feed.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Writes stories as a UTF-8 feed to a pipe asynchronously, flushing as it goes. The pipe is not completed.</summary>
        public Task WriteAsync(PipeWriter utf8Feed, IEnumerable<T> stories, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(stories, nameof(stories));
            return WriteAsync(utf8Feed, Async(stories), options, cancellationToken);
        }

        /// <summary>Writes stories, as they arrive, as a UTF-8 feed to a pipe asynchronously. The pipe is not completed.</summary>
        public Task WriteAsync(PipeWriter utf8Feed, IAsyncEnumerable<T> stories, FeedOptions? options = null, CancellationToken cancellationToken = default)
        {
            Require(utf8Feed, nameof(utf8Feed));
            return WriteAllAsync(stories, options, cancellationToken, async buffer =>
            {
                CopyTo(utf8Feed, buffer);
                await utf8Feed.FlushAsync(cancellationToken).ConfigureAwait(false);
            });
        }

        /// <summary>
        /// The one write loop: the header, then each story into a pooled buffer that <paramref name="drain"/> empties
        /// into the destination whenever it passes the flush threshold, and once at the end.
        /// </summary>
        private void WriteAll(IEnumerable<T> stories, FeedOptions? options, Action<PooledByteWriter> drain)
        {
            Require(stories, nameof(stories));
            FeedOptions o = options ?? FeedOptions.Default;
            FeedSeparator separator = SeparatorFor(o);
            var boundaries = Boundaries(separator);
            using var buffer = new PooledByteWriter(FlushThreshold * 2);
            int number = 0;
            WriteHeader(buffer, o);
            foreach (T story in stories)
            {
                WriteStory(buffer, story, ++number, separator, boundaries);
                if (buffer.WrittenCount >= FlushThreshold)
                {
                    drain(buffer);
                    buffer.Clear();
                }
            }

            drain(buffer);
            buffer.Clear();
        }

        /// <summary>The write loop of <see cref="WriteAll"/> over stories that arrive asynchronously.</summary>
        private async Task WriteAllAsync(IAsyncEnumerable<T> stories, FeedOptions? options, CancellationToken cancellationToken, Func<PooledByteWriter, ValueTask> drain)
        {
            Require(stories, nameof(stories));
            FeedOptions o = options ?? FeedOptions.Default;
            FeedSeparator separator = SeparatorFor(o);
            var boundaries = Boundaries(separator);
            using var buffer = new PooledByteWriter(FlushThreshold * 2);
            int number = 0;
            WriteHeader(buffer, o);
            await foreach (T story in stories.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteStory(buffer, story, ++number, separator, boundaries);
                if (buffer.WrittenCount >= FlushThreshold)
                {
                    await drain(buffer).ConfigureAwait(false);
                    buffer.Clear();
                }
            }

            await drain(buffer).ConfigureAwait(false);
            buffer.Clear();
        }

        private FeedSeparator SeparatorFor(FeedOptions options)
            => options.Separator ?? LayoutSeparator ?? throw new ArgumentException(
                LayoutType + "'s layout does not end with a literal line (such as \"(END)\") that could end every story; set FeedOptions.Separator to say where its stories end.",
                nameof(options));

        /// <summary>The lines that open and close a story: the separator and, where it is one of these kinds, the layout's own.</summary>
        private (byte[]? Open, byte[]? Close) Boundaries(FeedSeparator separator) => separator.Kind switch
        {
            FeedSeparatorKind.StoryEndLine => (LayoutStartLine is null || LayoutStartLine == separator.Text ? null : Utf8(LayoutStartLine), separator.Utf8),
            FeedSeparatorKind.StoryStartLine => (separator.Utf8, LayoutEndLine is null || LayoutEndLine == separator.Text ? null : Utf8(LayoutEndLine)),
            _ => (null, null),
        };

        private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

        private FeedSplitter NewSplitter(FeedSeparator separator, FeedOptions options, ReadOnlyMemory<byte>? memory)
        {
            (byte[]? open, byte[]? close) = Boundaries(separator);
            return new FeedSplitter(separator, options, LayoutType, memory, open, close);
        }

        private IEnumerable<T> ReadSource(FeedSource source, FeedOptions options)
        {
            FeedSeparator separator;
            try
            {
                separator = SeparatorFor(options);
            }
            catch
            {
                source.Dispose();
                throw;
            }

            return ReadSourceCore(source, separator, options);
        }

        private IEnumerable<T> ReadSourceCore(FeedSource source, FeedSeparator separator, FeedOptions options)
        {
            using (source)
            using (var splitter = NewSplitter(separator, options, null))
            {
                while (true)
                {
                    while (splitter.TryCut())
                    {
                        if (TryParse(splitter, options, out T? story))
                        {
                            yield return story!;
                        }
                    }

                    if (splitter.IsDone || splitter.IsFinal)
                    {
                        yield break;
                    }

                    ArraySegment<byte> room = splitter.GetFillSegment();
                    int read;
                    try
                    {
                        read = source.Read(room.Array!, room.Offset, room.Count);
                    }
                    catch (System.Text.EncoderFallbackException e)
                    {
                        throw splitter.EncodingError(e);
                    }

                    splitter.Filled(read);
                }
            }
        }

        private IEnumerable<T> ReadFileCore(string path, FeedOptions options)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
            return ReadSource(new StreamFeedSource(stream, owned: true), options);
        }

        private async IAsyncEnumerable<T> ReadFileCoreAsync(string path, FeedSeparator separator, FeedOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan | FileOptions.Asynchronous);
            await foreach (T story in ReadSourceAsync(new StreamFeedSource(stream, owned: true), separator, options, cancellationToken).ConfigureAwait(false))
            {
                yield return story;
            }
        }

        private IEnumerable<T> ReadMemory(ReadOnlyMemory<byte> utf8Feed, FeedSeparator separator, FeedOptions options)
        {
            using var splitter = NewSplitter(separator, options, utf8Feed);
            while (splitter.TryCut())
            {
                if (TryParse(splitter, options, out T? story))
                {
                    yield return story!;
                }
            }
        }

        private async IAsyncEnumerable<T> ReadSourceAsync(FeedSource source, FeedSeparator separator, FeedOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using (source)
            using (var splitter = NewSplitter(separator, options, null))
            {
                while (true)
                {
                    while (splitter.TryCut())
                    {
                        if (TryParse(splitter, options, out T? story))
                        {
                            yield return story!;
                        }
                    }

                    if (splitter.IsDone || splitter.IsFinal)
                    {
                        yield break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    ArraySegment<byte> room = splitter.GetFillSegment();
                    int read;
                    try
                    {
                        read = await source.ReadAsync(room.Array!, room.Offset, room.Count, cancellationToken).ConfigureAwait(false);
                    }
                    catch (System.Text.EncoderFallbackException e)
                    {
                        throw splitter.EncodingError(e);
                    }

                    splitter.Filled(read);
                }
            }
        }

        /// <summary>Parses the story just cut, in place; applies the error policy to a bad one.</summary>
        private bool TryParse(FeedSplitter splitter, FeedOptions options, out T? story)
        {
            try
            {
                story = _parse(splitter.Cut);
                return true;
            }
            catch (ArticleFormatException e)
            {
                ArticleFeedException error = splitter.StoryError(e);
                if (options.ErrorHandling == FeedErrorHandling.Throw)
                {
                    throw error;
                }

                options.OnError?.Invoke(error);
                story = null;
                return false;
            }
        }

        private static void WriteHeader(PooledByteWriter buffer, FeedOptions options)
        {
            if (options.Header is { Length: > 0 } header)
            {
                buffer.Write(System.Text.Encoding.UTF8.GetBytes(header));
            }
        }

        private void WriteStory(PooledByteWriter buffer, T story, int number, FeedSeparator separator, (byte[]? Open, byte[]? Close) boundaries)
        {
            if (story is null)
            {
                throw new ArgumentException("Story " + number + " of the feed is null.", "stories");
            }

            if (separator.Kind == FeedSeparatorKind.BlankLines && number > 1)
            {
                for (int blank = 0; blank < separator.BlankLineCount; blank++)
                {
                    buffer.Write(_newLine);
                }
            }

            int start = buffer.WrittenCount;

            _write(story, buffer);
            string? problem = FeedStoryCheck.Problem(buffer.WrittenSpan.Slice(start), separator, boundaries.Open, boundaries.Close);
            if (problem is not null)
            {
                throw new ArgumentException("Story " + number + " of the feed (" + LayoutType + ") would not read back as itself: " + problem, "stories");
            }

            switch (separator.Kind)
            {
                case FeedSeparatorKind.Line:
                    buffer.Write(separator.Utf8);
                    buffer.Write(_newLine);
                    break;
                case FeedSeparatorKind.ControlCharacter:
                    buffer.Write(separator.Utf8);
                    break;
            }
        }

        private static void CopyTo(IBufferWriter<byte> destination, PooledByteWriter buffer)
        {
            ReadOnlySpan<byte> written = buffer.WrittenSpan;
            while (!written.IsEmpty)
            {
                Span<byte> span = destination.GetSpan(Math.Min(written.Length, 4096));
                int n = Math.Min(span.Length, written.Length);
                written.Slice(0, n).CopyTo(span);
                destination.Advance(n);
                written = written.Slice(n);
            }
        }

        private static async IAsyncEnumerable<T> Async(IEnumerable<T> stories)
        {
            foreach (T story in stories)
            {
                yield return story;
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }

        private static void Require(object? value, string name)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}
