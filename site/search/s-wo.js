DossierSearch.shard("wo", {"work":"0.a","works":"3.6","world":"0.6,3.5","worst":"3.6","worth":"0.6"});
