DossierSearch.shard("ce", {"celebrating":"1.6","cementing":"1.4,2.4","centered":"0.6","central":"3.8","certain":"3.6","certainly":"4.6"});
