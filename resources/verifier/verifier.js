/* Kampar Desk, the letter verification page: checks a letter's seal in the visitor's browser, offline.
 *
 * It mirrors kampar_desk/domain/seal.py exactly (the same versions, the same refusals, the same signed bytes), so
 * the page and the app never disagree about a seal. Everything the page shows is written with textContent: the
 * seal comes from whoever made the QR, and none of it is ever read as HTML.
 *
 * `NOBLE` (defined just before this file, from the vendored @noble/ed25519 and @noble/hashes) verifies when the
 * browser's own WebCrypto has no Ed25519, or is missing altogether (a page served over plain http).
 */
(function (noble) {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kd-data").textContent);
  var FIELDS = { KD1: 7, KD2: 10 };
  var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  var SIGNATURE_BYTES = 64;
  var MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
  ];
  var NOBLE_NAME = "pustaka noble-ed25519 " + DATA.noble_version + " (tersimpan di halaman ini)";

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /* A refusal before any signature is checked: the code is not a seal at all. */
  function Malformed(message) {
    this.message = message;
  }

  function startsWithSeal(text) {
    return /^KD[12]\|/.test(text);
  }

  /* seal.payload_of: the seal as it is, or else a URL's fragment (or a fragment alone), percent-decoded. */
  function payloadOf(scanned) {
    var text = scanned.trim();
    if (startsWithSeal(text)) {
      return text;
    }
    if (text.indexOf("#") >= 0) {
      text = text.slice(text.indexOf("#") + 1);
    }
    if (text.indexOf("%") >= 0) {
      var broken = new Malformed("Kode segel rusak: tanda persen (%) yang tidak dapat dibaca.");
      if (/%(?![0-9A-Fa-f]{2})/.test(text)) {
        throw broken;
      }
      try {
        text = decodeURIComponent(text);
      } catch (error) {
        throw broken;
      }
    }
    return text.trim();
  }

  function isLeap(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  }

  /* date.fromisoformat on YYYY-MM-DD: a real calendar day, year 1 to 9999. */
  function calendarDay(text) {
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) {
      return null;
    }
    var year = Number(text.slice(0, 4));
    var month = Number(text.slice(5, 7));
    var day = Number(text.slice(8, 10));
    var lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > lengths[month - 1]) {
      return null;
    }
    return { year: year, month: month, day: day };
  }

  /* Unpadded base32 in its one canonical spelling (the unused bits of the last character are zero). */
  function base32Bytes(text) {
    if (!/^[A-Z2-7]*$/.test(text) || [1, 3, 6].indexOf(text.length % 8) >= 0) {
      return null;
    }
    var bytes = [];
    var buffer = 0;
    var bits = 0;
    for (var i = 0; i < text.length; i++) {
      buffer = ((buffer << 5) | BASE32.indexOf(text.charAt(i))) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((buffer >> bits) & 0xff);
      }
    }
    if ((buffer & ((1 << bits) - 1)) !== 0) {
      return null;
    }
    return new Uint8Array(bytes);
  }

  /* seal.decode_seal: the claims, the signed bytes and the signature, or Malformed. */
  function decodeSeal(payload) {
    var cleaned = payload.trim();
    var parts = cleaned.split("|");
    if (!has(FIELDS, parts[0]) || parts.length !== FIELDS[parts[0]] + 1) {
      throw new Malformed("Kode ini bukan segel surat Kampar Desk (format tidak dikenal).");
    }
    var day = calendarDay(parts[4]);
    var signature = base32Bytes(parts[parts.length - 1]);
    if (day === null || signature === null) {
      throw new Malformed("Kode segel rusak: tanggal atau tanda tangan tidak dapat dibaca.");
    }
    var signed = cleaned.slice(0, cleaned.lastIndexOf("|"));
    var legacy = parts[0] === "KD1";
    var claims = {
      version: parts[0],
      keyId: parts[1],
      letterNumber: parts[2],
      registrationNumber: parts[3],
      issuedOn: day,
      serviceCode: parts[5],
      kindCode: legacy ? "" : parts[6],
      applicantName: legacy ? "" : parts[7],
      maskedNik: legacy ? "" : parts[8],
    };
    // KD1 was signed as ASCII, and Python's encode("ascii", errors="replace") puts "?" for any other character.
    var message = new TextEncoder().encode(legacy ? signed.replace(/[^\x00-\x7f]/gu, "?") : signed);
    return { claims: claims, message: message, signature: signature };
  }

  function hexBytes(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return bytes;
  }

  /* Ed25519: the browser's WebCrypto where it has it, else the vendored library. */
  function verifySignature(publicKey, signature, message) {
    var subtle = window.crypto && window.crypto.subtle;
    var fallback = function () {
      return { valid: noble.verify(signature, message, publicKey, { zip215: false }), engine: NOBLE_NAME };
    };
    if (!subtle) {
      return Promise.resolve(fallback());
    }
    return subtle
      .importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"])
      .then(function (key) {
        return subtle.verify({ name: "Ed25519" }, key, signature, message);
      })
      .then(
        function (valid) {
          return { valid: valid, engine: "WebCrypto bawaan peramban" };
        },
        function () {
          return fallback(); // an older browser: WebCrypto without Ed25519
        }
      );
  }

  /* The whole check of what was scanned or typed; resolves to an outcome, never rejects. */
  function check(scanned) {
    var decoded;
    try {
      decoded = decodeSeal(payloadOf(scanned));
    } catch (error) {
      if (error instanceof Malformed) {
        return Promise.resolve({ outcome: "malformed", reason: error.message });
      }
      throw error;
    }
    var claims = decoded.claims;
    if (!has(DATA.keys, claims.keyId)) {
      return Promise.resolve({ outcome: "unknown-key", claims: claims });
    }
    var key = DATA.keys[claims.keyId];
    if (decoded.signature.length !== SIGNATURE_BYTES) {
      return Promise.resolve({ outcome: "signature", claims: claims });
    }
    return verifySignature(hexBytes(key.public_key), decoded.signature, decoded.message).then(function (result) {
      return { outcome: result.valid ? "genuine" : "signature", claims: claims, key: key, engine: result.engine };
    });
  }

  // --- showing the answer ---------------------------------------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function longDate(day) {
    return day.day + " " + MONTHS[day.month - 1] + " " + day.year;
  }

  function detailRows(claims) {
    var rows = [];
    if (claims.kindCode) {
      rows.push(["Jenis surat", has(DATA.kinds, claims.kindCode) ? DATA.kinds[claims.kindCode] : claims.kindCode]);
    }
    rows.push(["Nomor surat", claims.letterNumber]);
    rows.push(["Tanggal", longDate(claims.issuedOn)]);
    rows.push(["Layanan", has(DATA.services, claims.serviceCode) ? DATA.services[claims.serviceCode] : claims.serviceCode]);
    if (claims.version === "KD1") {
      rows.push(["Pemohon", "tidak tercantum pada segel versi lama (KD1): cocokkan nomor pendaftaran"]);
    } else {
      rows.push(["Nama pemohon", claims.applicantName]);
      rows.push(["NIK pemohon", claims.maskedNik]);
    }
    rows.push(["Nomor pendaftaran", claims.registrationNumber]);
    return rows;
  }

  /* A value that may wrap after each "/" (a letter number on a narrow phone), still one text when copied. */
  function wrappable(tag, text) {
    var node = element(tag, "");
    text.split("/").forEach(function (part, index, parts) {
      node.appendChild(document.createTextNode(index < parts.length - 1 ? part + "/" : part));
      if (index < parts.length - 1) {
        node.appendChild(document.createElement("wbr"));
      }
    });
    return node;
  }

  function table(rows) {
    var list = element("dl", "details");
    rows.forEach(function (row) {
      list.appendChild(element("dt", "", row[0]));
      list.appendChild(wrappable("dd", row[1]));
    });
    return list;
  }

  function bullets(lines) {
    var list = element("ul", "compare");
    lines.forEach(function (line) {
      list.appendChild(element("li", "", line));
    });
    return list;
  }

  var OFFICE = DATA.office.short_name;
  var ASK = "Bila ragu, tanyakan langsung ke " + OFFICE + (DATA.office.phone ? " (" + DATA.office.phone + ")" : "") + ".";
  var REFUSALS = {
    signature: {
      title: "Isi kode tidak cocok dengan tanda tangannya",
      text:
        "Ada bagian kode surat ini yang diubah (satu huruf atau angka pun cukup), atau tanda tangannya dibuat " +
        "tanpa kunci kantor. Jangan terima surat ini sebagai surat " + OFFICE + ". " + ASK,
    },
    "unknown-key": {
      title: "Kunci segel tidak dikenal",
      text:
        "Segel ini tidak dibuat dengan kunci " + OFFICE + " yang tercatat di halaman ini. Surat ini bukan dari " +
        OFFICE + ", atau halaman ini salinan lama: buka halaman cek keaslian dari alamat resmi kantor" +
        (DATA.address ? " (" + DATA.address + ")" : "") + " lalu periksa lagi. " + ASK,
    },
    malformed: {
      title: "Kode tidak dikenali",
      text:
        "Kode terpotong atau salah ketik? Pindai ulang kode QR di surat, atau ketik kodenya di kotak di bawah. " +
        "Kode yang tidak dapat dibaca tidak membuktikan apa pun.",
    },
    empty: {
      title: "Alamat ini tidak membawa kode surat",
      text:
        "Kode QR yang dipindai membuka halaman ini tanpa kode segel. Kode QR surat asli dari " + OFFICE +
        " selalu membawa kode segelnya. " + ASK,
    },
  };

  function show(result) {
    var box = document.getElementById("result");
    box.textContent = "";
    box.setAttribute("data-outcome", result.outcome);
    box.className = result.outcome === "genuine" ? "result genuine" : "result refused";
    if (result.outcome === "genuine") {
      box.appendChild(element("p", "verdict", "ASLI"));
      box.appendChild(element("p", "lead", "Segel surat ini sah: dibuat dengan kunci resmi " + OFFICE + "."));
      box.appendChild(element("h2", "", "Yang disegel kantor"));
      box.appendChild(table(detailRows(result.claims)));
      box.appendChild(element("h2", "", "Cocokkan dengan kertas surat"));
      var compare = [
        "Nomor surat, tanggal, nama dan NIK pemohon di atas harus sama persis dengan yang tercetak di surat. " +
          "Satu saja berbeda: surat itu tidak asli, walaupun kodenya asli.",
        "Sidik jari kunci segel: " + result.key.fingerprint + " (kunci " + result.claims.keyId + "). Harus sama " +
          "dengan sidik jari yang tercetak pada pengumuman Standar Pelayanan di kantor " + OFFICE + ".",
      ];
      if (DATA.address) {
        compare.push("Alamat halaman ini di peramban harus alamat resmi kantor: " + DATA.address);
      }
      box.appendChild(bullets(compare));
      box.appendChild(
        element(
          "p",
          "note",
          "Halaman ini tidak mengetahui surat yang dibatalkan kantor setelah terbit. " + ASK
        )
      );
      box.appendChild(element("p", "engine", "Diperiksa di perangkat ini dengan " + result.engine + "."));
      return;
    }
    var refusal = REFUSALS[result.outcome];
    box.appendChild(element("p", "verdict", "TIDAK ASLI"));
    box.appendChild(element("p", "lead", result.outcome === "unknown-key" ? refusal.title + ": " + result.claims.keyId : refusal.title));
    if (result.reason) {
      box.appendChild(element("p", "reason", result.reason));
    }
    box.appendChild(element("p", "", refusal.text));
  }

  function showWaiting(message) {
    var box = document.getElementById("result");
    box.textContent = "";
    box.setAttribute("data-outcome", "none");
    box.className = "result waiting";
    box.appendChild(element("p", "lead", message));
  }

  function checkAndShow(text) {
    document.getElementById("result").setAttribute("data-outcome", "checking");
    return check(text).then(show, function (error) {
      show({ outcome: "malformed", reason: "Kode tidak dapat diperiksa: " + error });
    });
  }

  function fromAddress() {
    var fragment = window.location.hash.slice(1);
    if (fragment) {
      checkAndShow(fragment);
    } else if (window.location.href.indexOf("#") >= 0) {
      show({ outcome: "empty" });
    } else {
      showWaiting(
        "Pindai kode QR di surat dengan kamera ponsel: halaman ini terbuka dan langsung memeriksanya. " +
          "Atau tempel atau ketik kode segel surat di kotak di bawah."
      );
    }
  }

  document.getElementById("check-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var typed = document.getElementById("code").value;
    if (!typed.trim()) {
      showWaiting("Kotak masih kosong: tempel atau ketik kode segel surat (diawali KD1| atau KD2|), atau alamat dari kode QR.");
      return;
    }
    checkAndShow(typed);
  });
  // Scanning another letter while the page is open changes only the fragment: no new page load.
  window.addEventListener("hashchange", fromAddress);
  document.getElementById("office-keys").textContent = String(Object.keys(DATA.keys).length);
  fromAddress();
})(NOBLE);
