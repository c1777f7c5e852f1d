// The chat page's script: starts a conversation on the bot's own Direct Line channel (or resumes the one
// this tab already had), then renders the stock Web Chat widget. It holds no words: every text on the page
// is in the HTML, from dialogs/web.yaml; this script only switches which notice shows (body[data-chat]).
(function () {
  'use strict';

  var script = document.currentScript;
  var nonce = (script && script.nonce) || undefined;
  var chat = document.getElementById('chat');
  var config = chat.dataset;
  var domain = window.location.origin + config.domain;
  var storageKey = 'fentanylhelp.webchat';
  // DirectLineJS connection statuses after which this conversation cannot go on.
  var EXPIRED_TOKEN = 3, FAILED_TO_CONNECT = 4, ENDED = 5;

  function show(state) {
    document.body.setAttribute('data-chat', state);
  }

  // Keep the input above the on-screen keyboard where the browser does not resize the layout for it.
  if (window.visualViewport) {
    var fit = function () {
      document.documentElement.style.setProperty('--app-height', window.visualViewport.height + 'px');
    };
    window.visualViewport.addEventListener('resize', fit);
    fit();
  }

  // The conversation of this tab, kept in sessionStorage so a reload resumes it: its id, the latest token
  // (Web Chat refreshes it), the watermark reached, and whether the welcome was asked for.
  function load() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch (error) {
      return null;
    }
  }

  function save(session) {
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(session));
    } catch (error) {
      // Private mode without storage: the chat still works, it just cannot resume after a reload.
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(storageKey);
    } catch (error) {
      // Nothing to forget.
    }
  }

  function post(url, token) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }

    return fetch(url, { method: 'POST', headers: headers, body: '{}', credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }

      return response.json();
    });
  }

  // Resume this tab's conversation with a fresh token, or start a new one.
  function session() {
    var saved = load();
    var fresh = function () {
      return post(config.tokenUrl).then(function (issued) {
        return { conversationId: issued.conversationId, token: issued.token, watermark: '', joined: false, resumed: false };
      });
    };

    if (!saved) {
      return fresh();
    }

    return post(domain + '/tokens/refresh', saved.token).then(
      function (refreshed) {
        return { conversationId: saved.conversationId, token: refreshed.token, watermark: saved.watermark || '', joined: !!saved.joined, resumed: true };
      },
      function () {
        forget();
        return fresh();
      });
  }

  function joinValue() {
    var value = { lang: config.lang };
    if (config.topic) {
      value.topic = config.topic;
    }

    if (config.src) {
      value.src = config.src;
    }

    return value;
  }

  function start(current) {
    save(current);
    // On resume the whole conversation is replayed from the start (no watermark), so a reload shows it all.
    var directLine = window.WebChat.createDirectLine({
      domain: domain,
      token: current.token,
      conversationId: current.resumed ? current.conversationId : undefined,
      // Off where a proxy blocks WebSockets (WebChannel:WebSockets): Web Chat then polls for replies.
      webSocket: config.websocket !== 'off'
    });

    var remember = function () {
      current.token = directLine.token || current.token;
      current.watermark = directLine.watermark || current.watermark;
      save(current);
    };

    var store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            show('ready');
            // One welcome per conversation: only a conversation that never asked for it asks now.
            if (!current.joined) {
              current.joined = true;
              save(current);
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: joinValue() } });
            }
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            remember();
          }

          return next(action);
        };
      };
    });

    directLine.connectionStatus$.subscribe(function (status) {
      if (status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT || status === ENDED) {
        forget();
        show(status === FAILED_TO_CONNECT ? 'failed' : 'ended');
      }
    });

    window.setInterval(remember, 60 * 1000);
    window.addEventListener('pagehide', remember);

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: config.locale,
        nonce: nonce,
        styleOptions: {
          // A new answer starts at its top: Web Chat stops following the end once the first new message
          // reaches the top of the transcript, so the first line of a long emergency card ("Call 911 now")
          // stays on a phone's screen instead of only its sources and buttons.
          autoScrollSnapOnPage: true,
          accent: '#17456e',
          bubbleBorderRadius: 12,
          bubbleFromUserBorderRadius: 12,
          bubbleFromUserBackground: '#17456e',
          bubbleFromUserTextColor: '#ffffff',
          hideUploadButton: true,
          sendBoxTextWrap: true,
          suggestedActionLayout: 'flow',
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif'
        }
      },
      document.getElementById('webchat'));
  }

  document.getElementById('restart').addEventListener('click', function () {
    forget();
    window.location.reload();
  });

  show('loading');
  if (!window.WebChat) {
    show('failed');
    return;
  }

  session().then(start, function () {
    show('failed');
  });
})();
