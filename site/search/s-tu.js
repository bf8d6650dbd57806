DossierSearch.shard("tu", {"tuesday":"0.9","tune":"2.6","turbulence":"1.6","turn":"0.4,4.4"});
