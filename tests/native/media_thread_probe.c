/* What a Qt media thread does to a Python-made object, timed in C.
 *
 * Called through ctypes (which lets go of the interpreter lock for the call): connects
 * the object's objectNameChanged signal to its own deleteLater slot and disconnects it
 * again, the way QtMultimedia's FFmpeg threads connect to a player or sink, and returns
 * the seconds that took. tests/integration/test_media_threads.py runs it on another thread
 * while the test's own thread holds the lock: a long time means Qt had to wait for Python.
 * It first sleeps a tenth of a second (without the lock), so the test's thread surely holds
 * the lock before the connect starts.
 */
#include <dlfcn.h>
#include <time.h>
#include <unistd.h>

typedef void *(*connect_fn)(void *, const void *, const char *, const void *, const char *, int);
typedef int (*disconnect_fn)(const void *, const char *, const void *, const char *);

static double seconds(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

double connect_and_disconnect(void *qtcore, void *object)
{
    /* QMetaObject::Connection QObject::connect(const QObject *, const char *,
     * const QObject *, const char *, Qt::ConnectionType): the result comes back through
     * a hidden first argument. */
    connect_fn qt_connect = (connect_fn)dlsym(
        qtcore, "_ZN7QObject7connectEPKS_PKcS1_S3_N2Qt14ConnectionTypeE");
    disconnect_fn qt_disconnect = (disconnect_fn)dlsym(
        qtcore, "_ZN7QObject10disconnectEPKS_PKcS1_S3_");
    if (!qt_connect || !qt_disconnect)
        return -1.0;
    char connection[64];
    usleep(100000);
    double start = seconds();
    qt_connect(connection, object, "2objectNameChanged(QString)", object, "1deleteLater()", 0);
    qt_disconnect(object, "2objectNameChanged(QString)", object, "1deleteLater()");
    return seconds() - start;
}
