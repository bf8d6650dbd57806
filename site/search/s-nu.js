DossierSearch.shard("nu", {"nuclear":"0.4,2.7","nuland":"2.9"});
