//! A small HTTP/1.1 server on loopback that answers a few Inkeep
//! endpoints from fixtures: where the operation types are sent by a real
//! client (the loopback test and example), over a real socket.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

/// A request as the server saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub method: String,
    /// Path and query, as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// What the server answers: (status, content type, body) for a request.
pub type Routes = fn(&Received) -> (u16, &'static str, String);

/// The running server; it stops when the process ends.
pub struct Server {
    pub base: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Server {
    /// Listens on a free loopback port and answers by `routes`.
    pub fn start(routes: Routes) -> std::io::Result<Server> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let base = format!("http://{}", listener.local_addr()?);
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = received.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                // A broken connection is the client's problem, not the
                // server's: the next one is served.
                let _ = serve(stream, routes, &log);
            }
        });
        Ok(Server { base, received })
    }

    /// The requests received so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

fn serve(stream: TcpStream, routes: Routes, log: &Mutex<Vec<Received>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let length = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let request = Received {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let (status, content_type, body) = routes(&request);
    if let Ok(mut log) = log.lock() {
        log.push(request);
    }
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()
}

/// A few endpoints of the Inkeep Analytics API, answered from the
/// fixtures: a conversation, a missing one (404, a problem document), the
/// list, and feedback (which echoes what it was sent, with an id).
pub fn inkeep(request: &Received) -> (u16, &'static str, String) {
    let fixture = |name: &str| {
        std::fs::read_to_string(crate::repo().join("tests/fixtures/inkeep").join(name))
            .unwrap_or_default()
    };
    let path = request.target.split('?').next().unwrap_or_default();
    match (request.method.as_str(), path) {
        ("GET", "/conversations/conv_9f2c1a") => {
            (200, "application/json", fixture("OpenAIConversation.seed.json"))
        }
        ("GET", "/conversations") => (
            200,
            "application/json",
            format!(
                r#"{{"conversations":[{}],"total":1,"pageSize":10,"count":1}}"#,
                fixture("OpenAIConversation.seed.json")
            ),
        ),
        ("POST", "/feedback") => {
            let mut feedback: serde_json::Value =
                serde_json::from_str(&request.body).unwrap_or_default();
            feedback["id"] = "fb_1".into();
            feedback["createdAt"] = "1718212781105".into();
            (200, "application/json", feedback.to_string())
        }
        (_, path) if path.starts_with("/conversations/") => (
            404,
            "application/problem+json",
            r#"{"title":"Not Found","status":404,"detail":"No conversation with this id","code":"not_found","error":{"code":"not_found","message":"not found"}}"#.to_owned(),
        ),
        _ => (418, "text/plain", "no such endpoint here".to_owned()),
    }
}

/// What an operation's `decode` reads: status, `Content-Type` and body.
pub type Reply = (u16, Option<String>, Vec<u8>);

/// Sends a request with `ureq`; an error status is a reply like any other.
pub fn send(
    method: &str,
    url: &str,
    headers: &[(&str, String)],
    body: Option<String>,
) -> Result<Reply, Box<dyn std::error::Error>> {
    let mut request = ureq::request(method, url);
    for (name, value) in headers {
        request = request.set(name, value);
    }
    let sent = match body {
        Some(body) => request
            .set("Content-Type", "application/json")
            .send_string(&body),
        None => request.call(),
    };
    let response = match sent {
        Ok(response) | Err(ureq::Error::Status(_, response)) => response,
        Err(error) => return Err(error.into()),
    };
    let status = response.status();
    let content_type = response.header("Content-Type").map(str::to_owned);
    let mut bytes = Vec::new();
    response.into_reader().read_to_end(&mut bytes)?;
    Ok((status, content_type, bytes))
}
