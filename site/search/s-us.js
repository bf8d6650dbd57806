DossierSearch.shard("us", {"usa":"3.a","use":"0.4,2.4","used":"3.8","usually":"2.6"});
