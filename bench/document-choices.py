#!/usr/bin/env python3
"""Each mapping and index choice of the document shape, measured on its own.

Usage (bench/document-benchmark.sh runs it with CHOICES=1):
    python3 bench/document-choices.py ENGINE_URL BASELINE_DOCS.ndjson WORK_DIR [VARIANT ...]

BASELINE_DOCS is `s3logs parse` output of the baseline commit (the shape before aliases, with
event.hash). Each variant rewrites those documents and the baseline's own template (read back
from the engine, where the caller's `setup` put it) the way one choice would, posts them as
5 MB bulk files, two at a time with curl, into a fresh one-shard index, and reports docs/s, JSON
bytes and bytes on disk per document after a settled force-merge (the sum of the live segments).
The variants are cumulative where named so: "slim" is "aliases" plus the dropped related.* and
event.hash; "slim+X" adds X alone to slim; "lean" is the shape s3logs writes now.
"""
import base64
import calendar
import copy
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

S3 = 'aws.s3access.'
ALIASES = {  # aws.s3access name -> ECS field holding the same value
    'remote_ip': 'client.ip', 'request_id': 'event.id', 'operation': 'event.action',
    'error_code': 'event.code', 'http_status': 'http.response.status_code',
    'bytes_sent': 'http.response.body.bytes', 'referrer': 'http.request.referrer',
    'user_agent': 'user_agent.original', 'cipher_suite': 'tls.cipher',
    'host_header': 'url.domain', 'requester': 'client.user.id'}


def call(url, method='GET', body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={'Content-Type': 'application/json'})
    try:
        with urllib.request.urlopen(request, timeout=900) as reply:
            return json.loads(reply.read() or b'{}')
    except urllib.error.HTTPError as e:
        return {'refused': e.code, 'reason': e.read().decode()[:300]}


def field(mapping, path):
    """The properties holding path's last name, and that name."""
    node = mapping
    names = path.split('.')
    for name in names[:-1]:
        node = node['properties'][name]
    return node['properties'], names[-1]


# Document rewrites
def drop_alias_values(d):
    for name in ALIASES:
        d['aws']['s3access'].pop(name, None)


def drop_related_and_hash(d):
    d.pop('related', None)
    d['event'].pop('hash', None)


def drop_equal_url_path(d):
    url = d.get('url', {})
    if 'path' in url and url['path'] == url.get('original'):
        url.pop('path')


# Template rewrites
def aliases(t):
    s3 = field(t['mappings'], 'aws.s3access.bucket')[0]
    for name, target in ALIASES.items():
        s3[name] = {'type': 'alias', 'path': target}
    props, name = field(t['mappings'], 'http.request.referrer')
    props[name] = {'type': 'keyword', 'ignore_above': 8191, 'fields': {'text': {'type': 'text'}}}


def related_aliases(t):
    t['mappings']['properties']['related'] = {'properties': {
        'ip': {'type': 'alias', 'path': 'client.ip'},
        'user': {'type': 'alias', 'path': 'client.user.id'}}}
    t['mappings']['properties']['event']['properties'].pop('hash')


def no_request_uri_text(t):
    props, name = field(t['mappings'], S3 + 'request_uri')
    props[name].pop('fields', None)


def no_norms(t):
    def walk(node):
        if isinstance(node, dict):
            if node.get('type') == 'text':
                node['norms'] = False
            for value in node.values():
                walk(value)
    walk(t['mappings'])


def sorted_by_time(t):
    t['settings']['index'].update({'sort.field': '@timestamp', 'sort.order': 'desc'})


def no_unique_doc_values(t):
    for path in ['event.id', S3 + 'version_id']:
        props, name = field(t['mappings'], path)
        props[name]['doc_values'] = False


def host_id_unindexed(t):
    props, name = field(t['mappings'], S3 + 'host_id')
    props[name] = {'type': 'keyword', 'index': False, 'doc_values': False}


def default_codec(t):
    t['settings']['index'].pop('codec', None)


def logsdb(t):
    t['settings']['index']['mode'] = 'logsdb'


def synthetic_source(t):
    t['settings']['index']['mapping.source.mode'] = 'synthetic'


# Ids
def hash_id(d):
    return d['event']['hash']


def time_id(d):
    """The event's second (4 bytes) and 96 bits of the line's digest, as s3logs makes ids now."""
    second = calendar.timegm(time.strptime(d['@timestamp'][:19], '%Y-%m-%dT%H:%M:%S'))
    digest = base64.urlsafe_b64decode(d['event']['hash'] + '==')  # the digest's first 16 bytes
    return base64.urlsafe_b64encode(second.to_bytes(4, 'big') + digest[:12]).decode().rstrip('=')


def no_id(d):
    return None


SLIM = ([drop_alias_values, drop_related_and_hash], [aliases, related_aliases])
LEAN_TEMPLATE = SLIM[1] + [no_request_uri_text, no_norms, no_unique_doc_values, host_id_unindexed]


def fewer_texts(t):
    for path in ['url.path', 'http.request.referrer']:
        props, name = field(t['mappings'], path)
        props[name].pop('fields', None)


def text_docs_only(t):
    def walk(node):
        if isinstance(node, dict):
            if node.get('type') == 'text':
                node['index_options'] = 'docs'
            for value in node.values():
                walk(value)
    walk(t['mappings'])


def no_long_doc_values(t):
    for path in [S3 + 'request_uri', 'url.query']:
        props, name = field(t['mappings'], path)
        props[name]['doc_values'] = False
# Fields people filter and aggregate on but rarely look one value up in: searched through their
# doc values instead of an index of their own (OpenSearch 2.12+, Elasticsearch 8.1+).
DOC_VALUES_ONLY = ['event.dataset', 'event.kind', 'event.category', 'event.type', 'cloud.provider',
                   'cloud.region', 'tls.cipher', 'tls.version', 'tls.version_protocol',
                   S3 + 'signature_version', S3 + 'authentication_type', S3 + 'tls_version',
                   S3 + 'aclrequired', S3 + 'source_region', 'http.version', 'event.duration',
                   S3 + 'object_size', S3 + 'total_time', S3 + 'turn_around_time',
                   'http.response.body.bytes', 'tags']


def doc_values_only(t):
    for path in DOC_VALUES_ONLY:
        props, name = field(t['mappings'], path)
        props[name]['index'] = False


VARIANTS = {  # name: (document rewrites, template rewrites, id)
    'baseline': ([], [], hash_id),
    'aliases': ([drop_alias_values], [aliases], hash_id),
    'slim': SLIM + (hash_id,),
    'slim+no-equal-url.path': (SLIM[0] + [drop_equal_url_path], SLIM[1], hash_id),
    'slim+no-request_uri.text': (SLIM[0], SLIM[1] + [no_request_uri_text], hash_id),
    'slim+no-norms': (SLIM[0], SLIM[1] + [no_norms], hash_id),
    'slim+sorted': (SLIM[0], SLIM[1] + [sorted_by_time], hash_id),
    'slim+no-unique-doc-values': (SLIM[0], SLIM[1] + [no_unique_doc_values], hash_id),
    'slim+host_id-unindexed': (SLIM[0], SLIM[1] + [host_id_unindexed], hash_id),
    'slim+default-codec': (SLIM[0], SLIM[1] + [default_codec], hash_id),
    'slim+engine-ids': SLIM + (no_id,),
    'slim+time-ids': SLIM + (time_id,),
    'lean': (SLIM[0], LEAN_TEMPLATE, time_id),
    'lean+fewer-texts': (SLIM[0], LEAN_TEMPLATE + [fewer_texts], time_id),
    'lean+text-docs-only': (SLIM[0], LEAN_TEMPLATE + [text_docs_only], time_id),
    'lean+no-long-doc-values': (SLIM[0], LEAN_TEMPLATE + [no_long_doc_values], time_id),
    'lean+doc-values-only': (SLIM[0], LEAN_TEMPLATE + [doc_values_only], time_id),
    'lean+logsdb': (SLIM[0], LEAN_TEMPLATE + [logsdb], time_id),
    'lean+synthetic-source': (SLIM[0], LEAN_TEMPLATE + [synthetic_source], time_id),
}


def bulk_files(docs, work, name, rewrites, make_id, limit=5 << 20):
    folder = os.path.join(work, 'bulk-' + name)
    if os.path.isdir(folder):
        return folder
    os.makedirs(folder)
    part, lines, size = 0, [], 0
    with open(docs) as source:
        for line in source:
            d = json.loads(line)
            key = make_id(d)
            for rewrite in rewrites:
                rewrite(d)
            action = '{"index":{"_id":"%s"}}\n' % key if key else '{"index":{}}\n'
            item = action + json.dumps(d, separators=(',', ':')) + '\n'
            if size + len(item) > limit and lines:
                with open(os.path.join(folder, '%05d.ndjson' % part), 'w') as out:
                    out.write(''.join(lines))
                part, lines, size = part + 1, [], 0
            lines.append(item)
            size += len(item)
    with open(os.path.join(folder, '%05d.ndjson' % part), 'w') as out:
        out.write(''.join(lines))
    return folder


def engine_cpu_seconds():
    """CPU seconds the engine's processes have used so far, asked of bench's EngineHost through
    the pipes named in ENGINE_HOST ("READ_FD WRITE_FD ENGINE", as document-benchmark.sh passes
    them); 0 when it is not set."""
    host = os.environ.get('ENGINE_HOST')
    if not host:
        return 0.0
    read_fd, write_fd, engine = host.split()
    os.write(int(write_fd), f'cpu {engine}\n'.encode())
    answer = b''
    while not answer.endswith(b'\n'):  # unbuffered: the shell reads the same pipe after us
        answer += os.read(int(read_fd), 1)
    return float(answer)


def settled_segment_bytes(url, index):
    last, stable = -1, 0
    for _ in range(150):
        time.sleep(2)
        call(f'{url}/{index}/_refresh', 'POST')
        segments = call(f'{url}/_cat/segments/{index}?format=json&bytes=b')
        size = sum(int(s['size']) for s in segments)
        stable = stable + 1 if len(segments) == 1 and size == last else 0
        if stable >= 2:
            return size
        last = size
    return last


def measure(url, docs, work, template, name):
    rewrites, template_rewrites, make_id = VARIANTS[name]
    body = copy.deepcopy(template)
    body['settings']['index']['number_of_replicas'] = 0
    for rewrite in template_rewrites:
        rewrite(body)
    folder = bulk_files(docs, work, name.replace('+', '_'), rewrites, make_id)
    index = 'choice-' + name.replace('+', '-').replace('.', '-').lower()
    call(f'{url}/{index}', 'DELETE')
    created = call(f'{url}/{index}', 'PUT', body)
    if 'refused' in created:
        print(f'| {name} | refused: {created["reason"][:120]} | | | | |', flush=True)
        return
    files = sorted(os.listdir(folder))
    json_bytes = sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    cpu = engine_cpu_seconds()
    start = time.time()
    posted = subprocess.run(
        f"ls {folder}/*.ndjson | xargs -P 2 -I F curl -s -H 'Content-Type: application/x-ndjson'"
        f" --data-binary @F '{url}/{index}/_bulk?filter_path=errors'",
        shell=True, capture_output=True, text=True)
    wall = time.time() - start
    cpu = engine_cpu_seconds() - cpu
    call(f'{url}/{index}/_refresh', 'POST')
    count = call(f'{url}/{index}/_count')['count']
    call(f'{url}/{index}/_forcemerge?max_num_segments=1', 'POST')
    size = settled_segment_bytes(url, index)
    errors = ' (bulk errors!)' if 'true' in posted.stdout else ''
    print(f'| {name} | {count / wall:,.0f}{errors} | {cpu * 1e6 / count:,.1f} |'
          f' {json_bytes / count:,.0f} | {size / count:,.0f} | {count:,} |', flush=True)
    call(f'{url}/{index}', 'DELETE')


def main():
    url, docs, work = sys.argv[1:4]
    names = sys.argv[4:] or list(VARIANTS)
    stored = call(f'{url}/_index_template/bench')
    if 'refused' in stored:
        sys.exit('document-choices: no index template "bench" at ' + url
                 + ' (run the baseline\'s setup --index "bench-{yyyy.MM.dd}" first)')
    template = stored['index_templates'][0]['index_template']['template']
    engine = call(url).get('version', {}).get('distribution', 'elasticsearch')
    print(f'\n{engine} at {url}\n\n| variant | docs/s | engine CPU-µs/doc | JSON bytes/doc |'
          ' disk bytes/doc | docs |')
    print('|---|---:|---:|---:|---:|---:|')
    measure(url, docs, work, template, 'baseline')  # untimed warm-up: the engine's JIT
    for name in names:
        measure(url, docs, work, template, name)


if __name__ == '__main__':
    main()
