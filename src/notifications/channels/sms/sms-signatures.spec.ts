import { aliyunSignature, aliyunStringToSign, percentEncode } from './aliyun-signature';
import { aliyunPhoneNumber, smsNumber } from './phone-number';
import { tc3Authorization, tc3CanonicalRequest, tc3Signature } from './tencent-signature';

describe('Alibaba Cloud RPC signature', () => {
  it('encodes as the documentation says: only unreserved characters stay, a space is %20, * is %2A, ~ stays', () => {
    expect(percentEncode("a b*c~d+e!'()/:=&")).toBe('a%20b%2Ac~d%2Be%21%27%28%29%2F%3A%3D%26');
    expect(percentEncode('阿里')).toBe('%E9%98%BF%E9%87%8C');
  });

  it('signs the documentation’s DescribeRegions example to its published signature', () => {
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    expect(aliyunStringToSign('GET', params)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(aliyunSignature('testsecret', 'GET', params)).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
    expect(aliyunSignature('testsecreT', 'GET', params)).not.toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('signs the SMS documentation’s SendSms example (Chinese sign name, JSON parameters) to its published signature', () => {
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(aliyunSignature('testSecret', 'GET', params)).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
    // The Signature parameter itself is never signed.
    expect(aliyunSignature('testSecret', 'GET', { ...params, Signature: 'x' })).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });
});

describe('Tencent Cloud TC3-HMAC-SHA256', () => {
  // The documentation's worked example (CVM DescribeInstances), with its masked keys taken literally.
  const example = {
    method: 'POST',
    path: '/',
    query: '',
    headers: { 'content-type': 'application/json; charset=utf-8', host: 'cvm.tencentcloudapi.com' },
    payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
    service: 'cvm',
    timestamp: 1551113065,
  };

  it('builds the canonical request of the worked example', () => {
    expect(tc3CanonicalRequest(example).canonical).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
  });

  it('signs the worked example to its published signature, and names the scope and headers', () => {
    expect(tc3Signature('Gu5t9xGARNpq86cd98joQYCN3*******', example).signature).toBe('2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c');
    expect(tc3Authorization('AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******', 'Gu5t9xGARNpq86cd98joQYCN3*******', example)).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c',
    );
    expect(tc3Signature('another secret', example).signature).not.toBe('2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c');
  });
});

describe('phone numbers for text messages', () => {
  it.each([
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['008613800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['+852 9123 4567', '+85291234567'],
  ])('%s → %s', (typed, e164) => expect(smsNumber(typed)).toBe(e164));

  it.each(['010-6552 9988', '+86 10 6552 9988', '12345', 'abc', '', '+0123456789'])('%s is no mobile number', (typed) => expect(smsNumber(typed)).toBeNull());

  it('gives Alibaba 11 digits for the mainland and the country code otherwise', () => {
    expect(aliyunPhoneNumber('+8613800138000')).toBe('13800138000');
    expect(aliyunPhoneNumber('+85291234567')).toBe('85291234567');
  });
});
