package app.clientfit.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection for the fixed-rate generator: writes a request prepared once as
 * bytes and reads the answer to its end, nothing else. The JDK's HttpClient spent more CPU per request
 * than the service's trivial endpoint, so at a few thousand requests per second it, not the service,
 * set the pace; on two shared cores the generator must cost next to nothing.
 */
final class KeepAliveConnection implements AutoCloseable {

    private final URI url;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveConnection(URI url) {
        this.url = url;
    }

    /** The bytes of a POST with a JSON body, ready to be written as often as needed. */
    static byte[] post(URI url, String authorization, byte[] body) {
        String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/json\r\nAuthorization: " + authorization
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** Sends the request and reads the whole answer; returns its status, reconnecting when the server closed. */
    int exchange(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(request);
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size);
                line();
            }
            line();
        } else if (length > 0) {
            skip(length);
        }
        if (close) {
            close();
        }
        return code;
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the answer ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection we no longer use
            }
            socket = null;
        }
    }
}
