DossierSearch.shard("nu", {"nuclear":"0.4,1.7","nuland":"1.9"});
