using System;
using System.Buffers;
using System.Text;

namespace ArticleGen.Feeds
{
    /// <summary>
    /// Splits a feed's UTF-8 bytes into stories, in one forward pass over a window of the stream: the caller's
    /// memory (whole feed in memory, nothing copied) or a pooled buffer that a source fills. The buffer holds the
    /// story being read plus what was read after it, so memory is bounded by the longest story plus one buffer.
    /// Cuts are made at every separator before anything is parsed: a story never holds a separator.
    /// </summary>
    internal sealed class FeedSplitter : IDisposable
    {
        /// <summary>A fill is asked for only when at least this much room is free (a UTF-8 character is at most 4 bytes).</summary>
        private const int MinRead = 16;

        private const int MaxArrayLength = 0x7FFFFFC7;

        private readonly FeedSeparatorKind _kind;
        private readonly byte[] _separator;
        private readonly int _blankLineCount;
        private readonly byte[]? _header;
        private readonly byte[]? _openLine;
        private readonly byte[]? _closeLine;
        private readonly int _maxStory;
        private readonly string _layoutType;
        private int _headerLinesLeft;

        private byte[]? _buffer;
        private readonly ReadOnlyMemory<byte> _memory;
        private int _length;
        private bool _final;
        private bool _done;

        private int _storyStart;
        private int _scan;
        private int _searchFrom;
        private bool _bomChecked;
        private bool _prologueDone;
        private int _blankRun;
        private int _runStart;

        // Line accounting: the stream offset of _buffer[0], how far '\n' have been counted, the line there and the
        // stream offset where that line starts.
        private long _discarded;
        private int _counted;
        private long _line = 1;
        private long _lineStart;

        public FeedSplitter(FeedSeparator separator, FeedOptions options, string layoutType, ReadOnlyMemory<byte>? memory, byte[]? openLine = null, byte[]? closeLine = null)
        {
            _kind = separator.Kind;
            _openLine = openLine;
            _closeLine = closeLine;
            _separator = separator.Utf8;
            _blankLineCount = separator.BlankLineCount;
            _header = options.Header is { Length: > 0 } header ? Encoding.UTF8.GetBytes(header) : null;
            _headerLinesLeft = options.HeaderLines;
            _maxStory = options.MaxStoryLength;
            _layoutType = layoutType;
            if (memory is { } whole)
            {
                _memory = whole;
                _length = whole.Length;
                _final = true;
            }
            else
            {
                _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(options.BufferSize, MinRead));
            }
        }

        /// <summary>The 1-based number of the story last cut (0 before the first).</summary>
        public int StoryNumber { get; private set; }

        /// <summary>Where the story last cut starts and how long it is, in <see cref="Data"/>.</summary>
        public int CutStart { get; private set; }

        public int CutLength { get; private set; }

        /// <summary>The line of the feed on which the story last cut starts.</summary>
        public long CutLine { get; private set; }

        /// <summary>Whether the source has no more bytes.</summary>
        public bool IsFinal => _final;

        /// <summary>Whether every story has been cut.</summary>
        public bool IsDone => _done;

        /// <summary>The bytes of the window.</summary>
        public ReadOnlySpan<byte> Data => _buffer is not null ? new ReadOnlySpan<byte>(_buffer, 0, _length) : _memory.Span;

        /// <summary>The story last cut, as UTF-8.</summary>
        public ReadOnlySpan<byte> Cut => Data.Slice(CutStart, CutLength);

        /// <summary>
        /// Room to read more bytes into. Drops what was already cut, and grows the buffer only when the story being
        /// read fills it; a story longer than <see cref="FeedOptions.MaxStoryLength"/> stops reading.
        /// </summary>
        public ArraySegment<byte> GetFillSegment()
        {
            byte[] buffer = _buffer ?? throw new InvalidOperationException("The feed is read from memory.");
            if (_storyStart > 0 && buffer.Length - _length < Math.Max(MinRead, buffer.Length / 2))
            {
                CountLinesTo(_storyStart);
                int shift = _storyStart;
                Buffer.BlockCopy(buffer, shift, buffer, 0, _length - shift);
                _length -= shift;
                _storyStart = 0;
                _scan -= shift;
                _searchFrom = Math.Max(_searchFrom - shift, 0);
                _counted -= shift;
                _runStart -= shift;
                _discarded += shift;
            }

            if (buffer.Length - _length < MinRead)
            {
                if (_length - _storyStart > _maxStory)
                {
                    throw TooLong();
                }

                long size = Math.Min(Math.Min(Math.Max(buffer.Length * 2L, MinRead), (long)_maxStory + MinRead + 1), MaxArrayLength);
                if (size - _length < MinRead)
                {
                    throw TooLong();
                }

                byte[] grown = ArrayPool<byte>.Shared.Rent((int)size);
                Buffer.BlockCopy(buffer, 0, grown, 0, _length);
                ArrayPool<byte>.Shared.Return(buffer);
                _buffer = buffer = grown;
            }

            return new ArraySegment<byte>(buffer, _length, buffer.Length - _length);
        }

        /// <summary>Records that <paramref name="count"/> bytes were read into the fill segment; 0 means the end of the feed.</summary>
        public void Filled(int count)
        {
            if (count <= 0)
            {
                _final = true;
            }
            else
            {
                _length += count;
            }
        }

        /// <summary>Cuts the next story out of the window; false when more bytes are needed or (see <see cref="IsDone"/>) the feed is over.</summary>
        public bool TryCut()
        {
            if (_done)
            {
                return false;
            }

            ReadOnlySpan<byte> data = Data;
            if (!_prologueDone && !TrySkipPrologue(data))
            {
                return false;
            }

            if (_kind == FeedSeparatorKind.ControlCharacter)
            {
                return TryCutAtControl(data);
            }

            while (true)
            {
                // A line longer than the buffer is searched once, not again from its start after every read.
                int from = Math.Max(_scan, _searchFrom);
                int found = data.Slice(from).IndexOf((byte)'\n');
                int lineEnd;
                int next;
                if (found < 0)
                {
                    if (!_final)
                    {
                        _searchFrom = data.Length;
                        return false;
                    }

                    if (_scan >= data.Length)
                    {
                        return CutRest(data);
                    }

                    lineEnd = next = data.Length;
                }
                else
                {
                    lineEnd = from + found;
                    next = lineEnd + 1;
                }

                int lineStart = _scan;
                int contentEnd = lineEnd > lineStart && data[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
                ReadOnlySpan<byte> content = data.Slice(lineStart, contentEnd - lineStart);
                while (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
                {
                    // A parser skips a byte order mark at the start of its text, so a story starting with one
                    // would read this line as a separator: the feed does too (splitting more, never merging).
                    content = content.Slice(3);
                }

                _scan = next;
                switch (_kind)
                {
                    case FeedSeparatorKind.StoryEndLine:
                    case FeedSeparatorKind.StoryStartLine:
                        // A story ends after its closing line and before the next opening line, whichever the
                        // feed and the layout know: a story missing its closing line then fails on its own.
                        if (_closeLine is not null && content.SequenceEqual(_closeLine))
                        {
                            if (Emit(data, _storyStart, next, next))
                            {
                                return true;
                            }
                        }
                        else if (_openLine is not null && content.SequenceEqual(_openLine) && lineStart > _storyStart && Emit(data, _storyStart, lineStart, lineStart))
                        {
                            return true;
                        }

                        break;
                    case FeedSeparatorKind.Line:
                        if (content.SequenceEqual(_separator) && Emit(data, _storyStart, lineStart, next))
                        {
                            return true;
                        }

                        break;
                    default:
                        if (content.Length == 0)
                        {
                            if (_blankRun++ == 0)
                            {
                                _runStart = lineStart;
                            }
                        }
                        else
                        {
                            int run = _blankRun;
                            _blankRun = 0;
                            if (run >= _blankLineCount && Emit(data, _storyStart, _runStart, lineStart))
                            {
                                return true;
                            }
                        }

                        break;
                }
            }
        }

        private bool TryCutAtControl(ReadOnlySpan<byte> data)
        {
            while (true)
            {
                int found = data.Slice(_scan).IndexOf(_separator[0]);
                if (found < 0)
                {
                    if (!_final)
                    {
                        _scan = data.Length;
                        return false;
                    }

                    return CutRest(data);
                }

                int at = _scan + found;
                _scan = at + 1;
                if (Emit(data, _storyStart, at, at + 1))
                {
                    return true;
                }
            }
        }

        private bool CutRest(ReadOnlySpan<byte> data)
        {
            _done = true;
            int end = _kind == FeedSeparatorKind.BlankLines && _blankRun >= _blankLineCount ? _runStart : data.Length;
            return Emit(data, _storyStart, end, data.Length);
        }

        /// <summary>Cuts [start, end) without its leading and trailing blank lines and leading byte order marks (padding between stories); false when nothing is left.</summary>
        private bool Emit(ReadOnlySpan<byte> data, int start, int end, int nextStart)
        {
            _storyStart = nextStart;
            int s = start;
            while (s < end)
            {
                if (data[s] == (byte)'\n')
                {
                    s++;
                }
                else if (data[s] == (byte)'\r' && (s + 1 == end || data[s + 1] == (byte)'\n'))
                {
                    s += s + 1 == end ? 1 : 2;
                }
                else if (data[s] == 0xEF && s + 2 < end && data[s + 1] == 0xBB && data[s + 2] == 0xBF)
                {
                    s += 3; // a byte order mark, which the story's parser would skip as well
                }
                else
                {
                    break;
                }
            }

            if (s >= end)
            {
                return false;
            }

            // Blank lines after the story's last line are padding too (before a separator line, at the end of the feed).
            while (end - s >= 2 && data[end - 1] == (byte)'\n')
            {
                if (data[end - 2] == (byte)'\n')
                {
                    end--;
                }
                else if (data[end - 2] == (byte)'\r' && end - s >= 3 && data[end - 3] == (byte)'\n')
                {
                    end -= 2;
                }
                else
                {
                    break;
                }
            }

            CountLinesTo(s);
            StoryNumber++;
            CutStart = s;
            CutLength = end - s;
            CutLine = _line;
            if (CutLength > _maxStory)
            {
                StoryNumber--;
                _storyStart = s;
                throw TooLong();
            }

            return true;
        }

        private bool TrySkipPrologue(ReadOnlySpan<byte> data)
        {
            if (!_bomChecked)
            {
                if (data.Length < 3 && !_final)
                {
                    return false;
                }

                if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
                {
                    _scan = 3;
                    _counted = 3;
                    _lineStart = 3;
                }

                _bomChecked = true;
            }

            if (_header is not null)
            {
                int matched = MatchHeader(data.Slice(_scan), out int mismatch);
                if (matched < 0)
                {
                    if (mismatch < 0 && !_final)
                    {
                        return false;
                    }

                    throw HeaderMismatch(_scan + Math.Max(mismatch, 0));
                }

                _scan += matched;
            }

            while (_headerLinesLeft > 0)
            {
                int found = data.Slice(_scan).IndexOf((byte)'\n');
                if (found < 0)
                {
                    if (!_final)
                    {
                        return false;
                    }

                    _scan = data.Length;
                    _headerLinesLeft = 0;
                    break;
                }

                _scan += found + 1;
                _headerLinesLeft--;
            }

            _storyStart = _scan;
            _prologueDone = true;
            return true;
        }

        /// <summary>
        /// Matches the declared header at the start of <paramref name="data"/>, taking CRLF for LF. Returns the bytes
        /// it covers, or -1 with <paramref name="mismatch"/> where it differs (-1 when more bytes are needed).
        /// </summary>
        private int MatchHeader(ReadOnlySpan<byte> data, out int mismatch)
        {
            byte[] header = _header!;
            int d = 0;
            for (int h = 0; h < header.Length; h++)
            {
                if (d < data.Length && header[h] == (byte)'\n' && data[d] == (byte)'\r')
                {
                    d++;
                }

                if (d >= data.Length)
                {
                    mismatch = _final ? d : -1;
                    return -1;
                }

                if (data[d] != header[h])
                {
                    mismatch = d;
                    return -1;
                }

                d++;
            }

            mismatch = -1;
            return d;
        }

        private void CountLinesTo(int position)
        {
            if (position <= _counted)
            {
                return;
            }

            ReadOnlySpan<byte> span = Data.Slice(_counted, position - _counted);
#if NET8_0_OR_GREATER
            int count = span.Count((byte)'\n');
            if (count > 0)
            {
                _line += count;
                _lineStart = _discarded + _counted + span.LastIndexOf((byte)'\n') + 1;
            }
#else
            int offset = 0;
            while (true)
            {
                int found = span.Slice(offset).IndexOf((byte)'\n');
                if (found < 0)
                {
                    break;
                }

                offset += found + 1;
                _line++;
                _lineStart = _discarded + _counted + offset;
            }
#endif
            _counted = position;
        }

        /// <summary>The 1-based column (UTF-16 units) of a window position on the line counted last.</summary>
        private int ColumnOf(int position)
        {
            long start = _lineStart - _discarded;
            if (start >= 0 && start <= position)
            {
                return 1 + Utf16Length(Data.Slice((int)start, position - (int)start));
            }

            return (int)Math.Min(1 + (_discarded + position - _lineStart), int.MaxValue);
        }

        private static unsafe int Utf16Length(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return 0;
            }

            fixed (byte* bytes = utf8)
            {
                return Encoding.UTF8.GetCharCount(bytes, utf8.Length);
            }
        }

        private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

        /// <summary>The error for the story last cut, placed in the whole feed, with its raw text.</summary>
        public ArticleFeedException StoryError(ArticleFormatException error)
        {
            int line = ToInt(CutLine + error.Line - 1);
            int column = error.Line == 1 ? ColumnOf(CutStart) + error.Column - 1 : error.Column;
            string detail = error.Message;
            int colon = detail.IndexOf(": ", StringComparison.Ordinal);
            if (detail.StartsWith("Line ", StringComparison.Ordinal) && colon > 0)
            {
                detail = detail.Substring(colon + 2);
            }

            int newline = detail.IndexOf('\n');
            if (newline >= 0)
            {
                detail = detail.Substring(0, newline);
            }

            string message = Place(StoryNumber, line, column) + detail;
            if (error.LineText is not null)
            {
                var builder = new StringBuilder(message);
                Runtime.TextPosition.AppendCaretLine(builder, line, column, error.LineText);
                message = builder.ToString();
            }

            return new ArticleFeedException(message, StoryNumber, line, column, _discarded + CutStart, DecodeForDisplay(Cut),
                error.Expected, error.Member, error.LayoutType, error.LineText, error);
        }

        /// <summary>The error for text that could not be turned into UTF-8 (a lone surrogate from a TextReader).</summary>
        public ArticleFeedException EncodingError(Exception error)
        {
            // Everything before the bad character was read into the window: it stands right after it.
            CountLinesTo(Math.Max(_length, _counted));
            int line = ToInt(_line);
            int column = ColumnOf(_length);
            string message = Place(StoryNumber + 1, line, column) + "expected text that can be written as UTF-8, found " + error.Message;
            return new ArticleFeedException(message, StoryNumber + 1, line, column, _discarded + _storyStart, string.Empty, "valid UTF-16 text", null, _layoutType, null, error);
        }

        private ArticleFeedException TooLong()
        {
            CountLinesTo(Math.Max(_storyStart, _counted));
            int line = ToInt(_line);
            string message = Place(StoryNumber + 1, line, 1) + "expected a story separator within " + _maxStory.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " bytes (FeedOptions.MaxStoryLength) in " + _layoutType + "; the story is longer or its separator is missing";
            return new ArticleFeedException(message, StoryNumber + 1, line, 1, _discarded + _storyStart, string.Empty, "a story separator", null, _layoutType, null, null);
        }

        private ArticleFeedException HeaderMismatch(int position)
        {
            CountLinesTo(Math.Min(position, Data.Length));
            int line = ToInt(_line);
            int column = ColumnOf(Math.Min(position, Data.Length));
            string header = Encoding.UTF8.GetString(_header!);
            string message = "Line " + line + ", column " + column + ": expected the feed header " + Runtime.TextPosition.Quote(header.AsSpan(), 80)
                + " (FeedOptions.Header) at the start of the feed";
            return new ArticleFeedException(message, 0, line, column, 0, string.Empty, "the feed header", null, _layoutType, null, null);
        }

        private static string Place(int story, int line, int column)
            => "Story " + story.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
               + ", column " + column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": ";

        private static unsafe string DecodeForDisplay(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return string.Empty;
            }

            fixed (byte* bytes = utf8)
            {
                return Encoding.UTF8.GetString(bytes, utf8.Length);
            }
        }

        public void Dispose()
        {
            byte[]? buffer = _buffer;
            if (buffer is not null)
            {
                _buffer = null;
                _length = 0;
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
