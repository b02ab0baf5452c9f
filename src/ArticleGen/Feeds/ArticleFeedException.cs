using System;

namespace ArticleGen
{
    /// <summary>
    /// A story of a feed that could not be read. <see cref="ArticleFormatException.Line"/> and
    /// <see cref="ArticleFormatException.Column"/> are in the whole feed, not in the story; the story's own error, if
    /// its layout rejected it, is the <see cref="Exception.InnerException"/>.
    /// </summary>
    public sealed class ArticleFeedException : ArticleFormatException
    {
        /// <summary>Creates the exception.</summary>
        public ArticleFeedException(string message, int storyNumber, int line, int column, long byteOffset, string storyText, string expected, string? member, string layoutType, string? lineText, Exception? innerException)
            : base(message, line, column, expected, member, layoutType, lineText, innerException)
        {
            StoryNumber = storyNumber;
            ByteOffset = byteOffset;
            StoryText = storyText;
        }

        /// <summary>The 1-based number of the story in the feed (blank text between stories is not counted).</summary>
        public int StoryNumber { get; }

        /// <summary>Where the story starts in the feed, in bytes from the start of the stream.</summary>
        public long ByteOffset { get; }

        /// <summary>The story's raw text as it was in the feed (invalid UTF-8 shown as U+FFFD); empty when it was too long to keep.</summary>
        public string StoryText { get; }
    }
}
