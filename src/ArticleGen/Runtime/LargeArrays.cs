using System;
using System.Buffers;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// Scratch arrays: from the shared pool up to <see cref="PoolLimit"/> elements, allocated exactly (and left
    /// to the GC) above it. A pool keeps what is returned to it for the life of the process, and rounds sizes up
    /// to a power of two: one 100 MB story would pin a 256 MiB buffer for good.
    /// </summary>
    internal static class LargeArrays
    {
        /// <summary>1 Mi elements: a 2 MB char buffer (a story of a million characters) still comes from the pool.</summary>
        public const int PoolLimit = 1 << 20;

        public static T[] Rent<T>(int length)
        {
            if (length <= PoolLimit)
            {
                return ArrayPool<T>.Shared.Rent(length);
            }

#if NET5_0_OR_GREATER
            return GC.AllocateUninitializedArray<T>(length);
#else
            return new T[length];
#endif
        }

        /// <summary>Gives back an array from <see cref="Rent"/>: to the pool if it came from there, else to the GC.</summary>
        public static void Return<T>(T[] array)
        {
            if (array.Length <= PoolLimit)
            {
                ArrayPool<T>.Shared.Return(array);
            }
        }
    }
}
