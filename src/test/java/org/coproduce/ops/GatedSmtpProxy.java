package org.coproduce.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the test's SMTP server that can hold one message at a chosen point, so
 * that a test can kill the sending node while that message is in flight:
 * <ul>
 *   <li>{@link Hold#BEFORE_ACCEPTANCE}: the end of the message's data (the {@code .} line) is not
 *       passed on; the server never accepts the message, and when the client dies the relay drops the
 *       upstream connection, so the server discards it;
 *   <li>{@link Hold#AFTER_ACCEPTANCE}: the end of data is passed on and the server accepts the
 *       message, but its reply ({@code 250}) is held back from the client.
 * </ul>
 * Messages are counted across connections in the order their data ends; every other byte passes
 * unchanged.
 */
final class GatedSmtpProxy implements AutoCloseable {

  enum Hold { BEFORE_ACCEPTANCE, AFTER_ACCEPTANCE }

  private final int upstreamPort;
  private final ServerSocket server;
  private final AtomicInteger messages = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile int holdNumber = -1;
  private volatile Hold hold;
  private volatile CountDownLatch held = new CountDownLatch(1);

  GatedSmtpProxy(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "smtp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Holds the {@code n}-th message from now (1 = the next one) at the given point. */
  synchronized void hold(int n, Hold where) {
    held = new CountDownLatch(1);
    hold = where;
    holdNumber = messages.get() + n;
  }

  /** Waits until the chosen message is being held. */
  boolean awaitHeld(Duration timeout) throws InterruptedException {
    return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Messages whose data ended so far (held ones included). */
  int messages() {
    return messages.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
        sockets.add(client);
        sockets.add(upstream);
        Connection c = new Connection(client, upstream);
        start(c::clientToServer, "smtp-proxy-up");
        start(c::serverToClient, "smtp-proxy-down");
      } catch (IOException e) {
        if (!server.isClosed()) {
          System.err.println("SMTP proxy: " + e);
        }
      }
    }
  }

  private static void start(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  private final class Connection {

    private final Socket client;
    private final Socket upstream;
    /** The server's replies are held back from the client (AFTER_ACCEPTANCE). */
    private volatile boolean muted;
    /** The client's bytes go nowhere any more (BEFORE_ACCEPTANCE). */
    private boolean swallowing;

    Connection(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    /** Passes the client's bytes on, watching for the end of each message's data: CRLF "." CRLF. */
    void clientToServer() {
      // 0: mid-line, 1: saw CR, 2: at the beginning of a line, 3: CRLF ".", 4: CRLF "." CR
      int state = 2;
      byte[] buffer = new byte[8192];
      try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          ByteArrayOutputStream pass = new ByteArrayOutputStream(n + 2);
          for (int i = 0; i < n && !swallowing; i++) {
            byte b = buffer[i];
            switch (state) {
              case 2 -> {
                if (b == '.') {
                  state = 3; // pending: a dot-stuffed line or the end of data
                } else {
                  pass.write(b);
                  state = b == '\r' ? 1 : 0;
                }
              }
              case 3 -> {
                if (b == '\r') {
                  state = 4;
                } else {
                  pass.write('.');
                  pass.write(b);
                  state = 0;
                }
              }
              case 4 -> {
                if (b == '\n') {
                  endOfData(pass);
                  state = 2;
                } else {
                  pass.write('.');
                  pass.write('\r');
                  pass.write(b);
                  state = b == '\r' ? 1 : 0;
                }
              }
              case 1 -> {
                pass.write(b);
                state = b == '\n' ? 2 : b == '\r' ? 1 : 0;
              }
              default -> {
                pass.write(b);
                state = b == '\r' ? 1 : 0;
              }
            }
          }
          out.write(pass.toByteArray());
          out.flush();
        }
      } catch (IOException e) {
        // the client went away (or was killed)
      } finally {
        closeBoth();
      }
    }

    private void endOfData(ByteArrayOutputStream pass) {
      int number = messages.incrementAndGet();
      boolean chosen = number == holdNumber;
      if (chosen && hold == Hold.BEFORE_ACCEPTANCE) {
        swallowing = true; // the server never sees the end of this message
      } else {
        pass.writeBytes(".\r\n".getBytes());
        if (chosen) {
          muted = true; // the server accepts it; the client never hears so
        }
      }
      if (chosen) {
        held.countDown();
      }
    }

    void serverToClient() {
      byte[] buffer = new byte[8192];
      try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          if (!muted) {
            out.write(buffer, 0, n);
            out.flush();
          }
        }
      } catch (IOException e) {
        // either side went away
      } finally {
        closeBoth();
      }
    }

    private void closeBoth() {
      try {
        client.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      try {
        upstream.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
