/**
 * Hand-written messages for the inbox and import tests, addressed to the people of `mailWorld` (Alex at
 * me.example writing to Dana at acme.io). Each takes the Message-ID it answers, where it answers one.
 */
const CRLF = (text: string) => text.replace(/\r?\n/g, '\r\n');

export function replyInThread(inReplyTo: string, id = 'reply-1@acme.io'): string {
  return CRLF(`From: Dana Smith <dana@acme.io>
To: Alex Doe <alex@me.example>
Subject: Re: Following up on my application
Date: Tue, 24 Nov 2026 15:10:00 +0000
Message-ID: <${id}>
In-Reply-To: <${inReplyTo}>
References: <${inReplyTo}>
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thanks for checking in. The team is reviewing applications this week and I will get back to you
with next steps on Friday.

Dana

> Hello Dana, I applied last week.
`);
}

export function outOfOffice(inReplyTo: string, id = 'ooo-1@acme.io'): string {
  return CRLF(`From: Dana Smith <dana@acme.io>
To: Alex Doe <alex@me.example>
Subject: Automatic reply: Following up on my application
Date: Tue, 24 Nov 2026 15:01:00 +0000
Message-ID: <${id}>
In-Reply-To: <${inReplyTo}>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=us-ascii

Thank you for your email. I am out of the office until Monday 7 December 2026 with
limited access to email. For urgent matters please contact talent@acme.io.
`);
}

export function bounce(original: string, address = 'dana@acme.io', id = 'dsn-1@mx.me.example'): string {
  return CRLF(`Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.me.example>
To: Alex Doe <alex@me.example>
Subject: Delivery Status Notification (Failure)
Date: Tue, 24 Nov 2026 15:02:00 +0000
Message-ID: <${id}>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered to ${address}.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.me.example

Final-Recipient: rfc822; ${address}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <${address}>: Recipient address rejected

--b1
Content-Type: text/rfc822-headers

From: Alex Doe <alex@me.example>
To: Dana Smith <${address}>
Subject: Following up on my application
Message-ID: <${original}>

--b1--
`);
}

export function greenhouseRejection(company = 'Acme', id = 'gh-rej-1@greenhouse-mail.io', date = 'Wed, 25 Nov 2026 16:00:00 +0000'): string {
  return CRLF(`From: ${company} Hiring Team <no-reply@greenhouse-mail.io>
To: alex@me.example
Subject: Your application to ${company}
Date: ${date}
Message-ID: <${id}>
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thank you for your interest in ${company} and for taking the time to apply for the Senior Backend Engineer role.
After careful consideration, we have decided not to move forward with your application at this time.

We wish you the best in your search.

The ${company} Recruiting Team
`);
}

export function greenhouseAck(company: string, role: string, id: string, date: string): string {
  return CRLF(`From: ${company} Hiring Team <no-reply@greenhouse-mail.io>
To: alex@me.example
Subject: Thank you for applying to ${company}
Date: ${date}
Message-ID: <${id}>
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thank you for your application for the ${role} position at ${company}. We have received your application
and our team will review it. If your experience matches our needs, we will be in touch.

The ${company} Recruiting Team
`);
}

export function newsletter(id = 'news-1@weekly.example'): string {
  return CRLF(`From: Weekly Digest <digest@weekly.example>
To: alex@me.example
Subject: This week in databases
Date: Tue, 24 Nov 2026 07:00:00 +0000
Message-ID: <${id}>
List-Id: <weekly.example>
List-Unsubscribe: <https://weekly.example/unsubscribe>
Precedence: bulk
Content-Type: text/plain; charset=utf-8

Ten articles about indexes and one about coffee.
`);
}

/** A rejection whose wording is hedged: the classifier is only medium-sure of it. */
export function hedgedNews(id = 'maybe-1@acme.io'): string {
  return CRLF(`From: Dana Smith <dana@acme.io>
To: Alex Doe <alex@me.example>
Subject: Update on the role
Date: Wed, 25 Nov 2026 10:00:00 +0000
Message-ID: <${id}>
Content-Type: text/plain; charset=utf-8

Hi Alex, a quick update: the position has been put on hold for now. I'll let you know if anything changes.
Dana
`);
}

/** Wraps messages as an mbox file (mboxrd quoting). */
export function mbox(messages: readonly string[]): string {
  return messages.map((m) => `From alex@me.example Mon Nov 23 10:00:00 2026\n${m.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1')}\n`).join('');
}
