using System;

namespace ArticleGen
{
    /// <summary>What a feed reader does with a story that does not fit the layout.</summary>
    public enum FeedErrorHandling
    {
        /// <summary>Stop at the first bad story: reading throws its <see cref="ArticleFeedException"/>. The default.</summary>
        Throw,

        /// <summary>Skip bad stories and go on; each is reported to <see cref="FeedOptions.OnError"/> if set.</summary>
        Skip,
    }

    /// <summary>How a feed is split into stories, read and written. One instance can be shared by many readers.</summary>
    public sealed class FeedOptions
    {
        /// <summary>The default buffer size, in bytes.</summary>
        public const int DefaultBufferSize = 64 * 1024;

        /// <summary>The default longest story, in bytes (64 MiB).</summary>
        public const int DefaultMaxStoryLength = 64 * 1024 * 1024;

        private int _bufferSize = DefaultBufferSize;
        private int _maxStoryLength = DefaultMaxStoryLength;
        private int _headerLines;

        /// <summary>
        /// Where stories end. When null, the record's layout decides: a layout whose last line is literal text (such
        /// as <c>(END)</c> or a closing tag) ends every story with that line; any other layout needs a separator here.
        /// </summary>
        public FeedSeparator? Separator { get; set; }

        /// <summary>
        /// Text that opens the feed, before the first story (a DOCTYPE line, a feed banner), line breaks included.
        /// Reading checks that the feed starts with exactly this text and skips it; writing writes it first.
        /// </summary>
        public string? Header { get; set; }

        /// <summary>Reading skips this many lines at the start of the feed, whatever they hold (after <see cref="Header"/>, if both are set).</summary>
        public int HeaderLines
        {
            get => _headerLines;
            set => _headerLines = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>Stop at the first bad story (the default) or skip bad stories.</summary>
        public FeedErrorHandling ErrorHandling { get; set; }

        /// <summary>Called for every story skipped under <see cref="FeedErrorHandling.Skip"/>, with its number, place and raw text.</summary>
        public Action<ArticleFeedException>? OnError { get; set; }

        /// <summary>The size of the read buffer in bytes; it grows (up to <see cref="MaxStoryLength"/>) only for a story longer than it.</summary>
        public int BufferSize
        {
            get => _bufferSize;
            set => _bufferSize = value >= 16 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The buffer must hold at least 16 bytes.");
        }

        /// <summary>
        /// The longest story, in bytes, that reading accepts; a longer one stops reading with an <see cref="ArticleFeedException"/>
        /// whatever <see cref="ErrorHandling"/> says, so memory stays bounded on hostile input.
        /// </summary>
        public int MaxStoryLength
        {
            get => _maxStoryLength;
            set => _maxStoryLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        internal static readonly FeedOptions Default = new FeedOptions();
    }
}
