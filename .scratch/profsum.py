import json,sys,collections
p=json.load(open(sys.argv[1]))
nodes={n['id']:n for n in p['nodes']}
self=collections.Counter()
dt=p['timeDeltas']; samples=p['samples']
for s,d in zip(samples,dt):
    n=nodes[s]; cf=n['callFrame']
    key=f"{cf['functionName'] or '(anon)'} {cf['url'].split('/')[-1]}:{cf['lineNumber']+1}"
    self[key]+=d
tot=sum(self.values())
# inclusive
parent={}
for n in p['nodes']:
    for c in n.get('children',[]): parent[c]=n['id']
incl=collections.Counter()
for s,d in zip(samples,dt):
    seen=set(); i=s
    while i in nodes:
        cf=nodes[i]['callFrame']; key=f"{cf['functionName'] or '(anon)'} {cf['url'].split('/')[-1]}:{cf['lineNumber']+1}"
        if key not in seen: incl[key]+=d; seen.add(key)
        i=parent.get(i)
print('total ms',tot/1000)
print('--- self')
for k,v in self.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 40): print(f"{v/tot*100:5.1f}% {k}")
print('--- inclusive')
for k,v in incl.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 60): print(f"{v/tot*100:5.1f}% {k}")
