DossierSearch.shard("hi", {"high":"0.6,2.4","highlight":"2.6","hinting":"1.6","historical":"1.4,2.5","history":"1.4,2.4","hit":"1.6","hitting":"2.9"});
