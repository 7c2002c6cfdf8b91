import { describe, expect, it } from 'vitest';
import { parseDeliveryStatus } from './delivery-status';

describe('parseDeliveryStatus', () => {
  it('reads each recipient block and skips the per-message block', () => {
    const text =
      'Reporting-MTA: dns; mx.example\r\nArrival-Date: Mon, 3 Mar 2025\r\n\r\nFinal-Recipient: rfc822; <Dana@Northwind.example>\r\nAction: failed\r\nStatus: 5.1.1 (user unknown)\r\nDiagnostic-Code: smtp; 550 5.1.1\r\n  user unknown\r\n\r\nOriginal-Recipient: rfc822;hr@northwind.example\r\nAction: delayed\r\nStatus: 4.4.7\r\n';
    expect(parseDeliveryStatus(text)).toEqual([
      {
        action: 'failed',
        status: '5.1.1',
        finalRecipient: 'dana@northwind.example',
        diagnostic: 'smtp; 550 5.1.1 user unknown',
      },
      { action: 'delayed', status: '4.4.7', finalRecipient: 'hr@northwind.example', diagnostic: null },
    ]);
  });

  it('returns nothing for text that is not a report', () => {
    expect(parseDeliveryStatus('hello\n\nworld')).toEqual([]);
  });
});
